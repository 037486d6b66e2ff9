using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.State;

namespace RiskReporting.Evidence.Handling;

/// <summary>
/// Who may do what with dispute items. Credit management (operator) sees and handles every item; a branch
/// user sees and answers only its own branch's items; an auditor reads everything and changes nothing; IT
/// operations has no business with disputes. Every front end goes through the service, so through this.
/// </summary>
public static class DisputeAccess
{
    public static bool CanSee(UserAccount user, DisputeItem item) => user.Role.Kind switch
    {
        UserRoleKind.Operator or UserRoleKind.Auditor => true,
        UserRoleKind.Branch => user.Role.BranchCode == item.BranchCode,
        _ => false,
    };

    /// <summary>The branch a user's listing is limited to: their own for a branch user, none for credit management and auditors.</summary>
    public static string? ListScope(UserAccount user) => user.Role.Kind switch
    {
        UserRoleKind.Operator or UserRoleKind.Auditor => null,
        UserRoleKind.Branch => user.Role.BranchCode,
        _ => throw new DisputeRefusedException($"{user.Name}（{user.Role}）无权查看争议项 (dispute items)：争议项仅供信贷管理部门、分行和审计人员使用。", roleRefusal: true),
    };

    public static void RequireOperator(UserAccount user, string action)
    {
        if (user.Role.Kind != UserRoleKind.Operator)
        {
            throw new DisputeRefusedException($"{action}须由信贷管理部门办理 (role operator)；{user.Name} 的角色为 {user.Role}。", roleRefusal: true);
        }
    }

    /// <summary>Answering and uploading: the item's own branch, or credit management (for head-office and unassigned items).</summary>
    public static void RequireCanAnswer(UserAccount user, DisputeItem item)
    {
        if (user.Role.Kind == UserRoleKind.Operator || (user.Role.Kind == UserRoleKind.Branch && user.Role.BranchCode == item.BranchCode))
        {
            return;
        }

        throw user.Role.Kind == UserRoleKind.Branch
            ? NotVisible(user, item.DisputeId)
            : new DisputeRefusedException($"{user.Name}（{user.Role}）无权答复争议项 (may not answer dispute items)。", roleRefusal: true);
    }

    /// <summary>The same words whether the item belongs to another branch or does not exist: a branch learns nothing of other branches' items.</summary>
    public static DisputeRefusedException NotVisible(UserAccount user, string disputeId) =>
        new($"{user.Name}（{user.Role}）没有争议项 {disputeId} (no dispute item)。");
}
