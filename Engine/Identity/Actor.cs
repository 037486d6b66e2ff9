using RiskReporting.Core.State;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// Who acts, as the engine established it: every service method takes one. A host cannot type one: it gets
/// it from <see cref="IdentityService"/>, from a session the user's login opened.
/// </summary>
public sealed record Actor
{
    internal Actor(string name, UserRole? role)
    {
        Name = name;
        Role = role;
    }

    public string Name { get; }

    /// <summary>The user's role in the registry; null only for the built-in scheduler account.</summary>
    public UserRole? Role { get; }

    public bool IsOperator => Role?.Kind == UserRoleKind.Operator;

    /// <summary>The built-in account of the scheduler's jobs (no registered user has a null role).</summary>
    public bool IsScheduler => Role is null && Name == IdentityService.SchedulerName;

    /// <summary>The branch a branch user belongs to; null for every other role.</summary>
    public string? BranchCode => Role?.Kind == UserRoleKind.Branch ? Role.BranchCode : null;

    public bool Is(UserRoleKind kind) => Role?.Kind == kind;

    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}
