using RiskReporting.Core.State;

namespace RiskReporting.Engine.Users;

/// <summary>A user as an administrator manages it: the account, whether it is disabled or locked out, and whether it logs in through the bank's directory (no password held).</summary>
public sealed record UserStatus(UserAccount Account, bool Disabled, DateTimeOffset? LockedUntil, bool DirectoryLogin);
