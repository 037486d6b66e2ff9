namespace RiskReporting.Core.State;

/// <summary>Credentials, lockout and sessions. Every change is audited in the same transaction as the change.</summary>
public interface ICredentialStore
{
    Task<UserCredentials?> FindCredentialsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a user with a password hash (or none, for the directory); false when the name exists. Audited as user.add.</summary>
    Task<bool> AddUserAsync(UserAccount user, string? passwordHash, string actor, CancellationToken cancellationToken = default);

    /// <summary>Adds the first user, only while no user exists (checked inside the transaction); false otherwise. Audited as user.init.</summary>
    Task<bool> AddFirstUserAsync(UserAccount user, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash and clears the lockout. Audited as user.password.</summary>
    Task SetPasswordAsync(string name, string passwordHash, string actor, CancellationToken cancellationToken = default);

    /// <summary>Changes the role. Audited as user.role with the old and new role.</summary>
    Task SetRoleAsync(string name, UserRole role, string actor, CancellationToken cancellationToken = default);

    /// <summary>Disables or enables the user; disabling revokes the user's sessions. Audited as user.disable / user.enable.</summary>
    Task SetDisabledAsync(string name, bool disabled, string actor, CancellationToken cancellationToken = default);

    /// <summary>Stores the lockout counters after a login attempt and audits the attempt (login.ok, login.fail, login.locked, login.refused).</summary>
    Task RecordLoginAsync(string name, int failedLogins, DateTimeOffset? lockedUntil, string action, string detail, CancellationToken cancellationToken = default);

    Task CreateSessionAsync(SessionRecord session, CancellationToken cancellationToken = default);

    Task<SessionRecord?> FindSessionAsync(string tokenSm3, CancellationToken cancellationToken = default);

    /// <summary>Ends the session (logout). Audited as logout.</summary>
    Task RevokeSessionAsync(string tokenSm3, CancellationToken cancellationToken = default);
}
