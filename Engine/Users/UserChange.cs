using RiskReporting.Core.State;

namespace RiskReporting.Engine.Users;

/// <summary>A user as saved, and whether it was new.</summary>
public sealed record UserChange(UserAccount Account, bool Added);
