using RiskReporting.Core.State;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// The role checks the services make, each with the one wording every host shows (issue #14): admin manages
/// users and reads the audit trail, nothing else; operator is credit management; itops keeps rules, sources and
/// schedules; auditor reads everything and changes nothing; branch:CODE sees its own branch only; the built-in
/// scheduler account runs periods and nothing else.
/// </summary>
public static class Roles
{
    /// <summary>Credit management's actions (explain, override, approve, correct, dispute review).</summary>
    public static void RequireOperator(Actor actor) => Require(actor, "operator", UserRoleKind.Operator);

    /// <summary>User management.</summary>
    public static void RequireAdmin(Actor actor) => Require(actor, "admin", UserRoleKind.Admin);

    /// <summary>Reading and verifying the audit trail.</summary>
    public static void RequireAuditReader(Actor actor) => Require(actor, "auditor 或 admin", UserRoleKind.Auditor, UserRoleKind.Admin);

    /// <summary>Starting a period's run: credit management, or the scheduler's own account.</summary>
    public static void RequireRunner(Actor actor)
    {
        if (!actor.IsScheduler)
        {
            Require(actor, "operator", UserRoleKind.Operator);
        }
    }

    /// <summary>Reading a period's state, findings and records (a branch user is scoped to its branch by the service).</summary>
    public static void RequireReader(Actor actor) =>
        Require(actor, "operator、itops、auditor 或 branch:CODE", UserRoleKind.Operator, UserRoleKind.ItOps, UserRoleKind.Auditor, UserRoleKind.Branch);

    /// <summary>Reading records with the bank's customers in them (trace, findings): not IT operations.</summary>
    public static void RequireRecordReader(Actor actor) =>
        Require(actor, "operator、auditor 或 branch:CODE", UserRoleKind.Operator, UserRoleKind.Auditor, UserRoleKind.Branch);

    /// <summary>Reading the statistics archive and its analysis reports (issue #18): credit management and the auditors.</summary>
    public static void RequireArchiveReader(Actor actor) => Require(actor, "operator 或 auditor", UserRoleKind.Operator, UserRoleKind.Auditor);

    /// <summary>Taking a backup and restoring one (issue #18): IT operations.</summary>
    public static void RequireItOps(Actor actor) => Require(actor, "itops", UserRoleKind.ItOps);

    /// <summary>Reading the scheduler's triggers, misfires and history (issue #15): IT operations, and those who oversee them.</summary>
    public static void RequireSchedulerReader(Actor actor) => Require(actor, "itops、admin 或 auditor", UserRoleKind.ItOps, UserRoleKind.Admin, UserRoleKind.Auditor);

    /// <summary>Checking or previewing extraction rules.</summary>
    public static void RequireRuleReader(Actor actor) => Require(actor, "itops、operator 或 auditor", UserRoleKind.ItOps, UserRoleKind.Operator, UserRoleKind.Auditor);

    /// <summary>Planning, requesting and executing an approved purge of records past retention (issue #18): credit management or IT operations.</summary>
    public static void RequirePurgeOperator(Actor actor) => Require(actor, "operator 或 itops", UserRoleKind.Operator, UserRoleKind.ItOps);

    /// <summary>Whether ID numbers and person names are shown in full: only to operators and auditors.</summary>
    public static bool SeesPersonalData(Actor actor) => actor.Is(UserRoleKind.Operator) || actor.Is(UserRoleKind.Auditor);

    private static void Require(Actor actor, string needed, params UserRoleKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is null || !kinds.Contains(actor.Role.Kind))
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"'{actor}' 无权执行此操作：需要角色 (needs the role) {needed}。");
        }
    }
}
