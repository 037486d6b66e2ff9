namespace RiskReporting.Core.State;

public enum UserRoleKind
{
    Operator,
    Branch,
    ItOps,
    Auditor,
    Admin,
}
