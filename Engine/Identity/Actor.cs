using RiskReporting.Core.State;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// Who acts, as the engine established it: every service method takes one. A host cannot type one: it gets
/// it from <see cref="IdentityService"/>, which checks the user registry (and, from issue #14 on, a session).
/// </summary>
public sealed record Actor
{
    internal Actor(string name, UserRole? role)
    {
        Name = name;
        Role = role;
    }

    public string Name { get; }

    /// <summary>The user's role in the registry; null for a name the registry does not hold (the scheduler, or who starts a run today).</summary>
    public UserRole? Role { get; }

    public bool IsOperator => Role?.Kind == UserRoleKind.Operator;

    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}
