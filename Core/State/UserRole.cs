namespace RiskReporting.Core.State;

/// <summary>
/// A user's role: <c>operator</c> (credit management), <c>branch:{branch_code}</c> (one branch's dispute
/// items only), <c>itops</c> (rules, sources, schedules), <c>auditor</c> (read only) or <c>admin</c> (users,
/// roles and the audit trail, nothing else).
/// </summary>
public sealed record UserRole(UserRoleKind Kind, string? BranchCode)
{
    public static UserRole Operator { get; } = new(UserRoleKind.Operator, null);

    public static UserRole ItOps { get; } = new(UserRoleKind.ItOps, null);

    public static UserRole Auditor { get; } = new(UserRoleKind.Auditor, null);

    public static UserRole Admin { get; } = new(UserRoleKind.Admin, null);

    public static UserRole Branch(string branchCode) => new(UserRoleKind.Branch, branchCode);

    public static UserRole Parse(string text)
    {
        switch (text)
        {
            case "operator":
                return Operator;
            case "itops":
                return ItOps;
            case "auditor":
                return Auditor;
            case "admin":
                return Admin;
        }

        const string prefix = "branch:";
        if (text.StartsWith(prefix, StringComparison.Ordinal))
        {
            var code = text[prefix.Length..];
            if (code.Length is >= 1 and <= 6 && code.All(char.IsAsciiLetterOrDigit))
            {
                return Branch(code);
            }
        }

        throw new FormatException($"'{text}' 不是角色 (role)：可用 admin、operator、itops、auditor 或 branch:BRANCH_CODE。");
    }

    public override string ToString() => Kind switch
    {
        UserRoleKind.Operator => "operator",
        UserRoleKind.ItOps => "itops",
        UserRoleKind.Auditor => "auditor",
        UserRoleKind.Admin => "admin",
        _ => "branch:" + BranchCode,
    };
}
