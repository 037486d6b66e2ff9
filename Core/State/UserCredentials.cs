namespace RiskReporting.Core.State;

/// <summary>
/// A user with what authenticating them needs: the PasswordHasher hash (null for a user the bank's directory
/// authenticates), whether the account is disabled, and the lockout counters.
/// </summary>
public sealed record UserCredentials(UserAccount Account, string? PasswordHash, bool Disabled, int FailedLogins, DateTimeOffset? LockedUntil);
