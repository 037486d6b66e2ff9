using RiskReporting.Core.State;

namespace RiskReporting.Identity.Sessions;

/// <summary>Turns a session token into the registered, enabled user it belongs to, while the session holds; ends sessions.</summary>
public sealed class SessionResolver(IStateStore store, TimeProvider clock)
{
    /// <summary>The session's user, or null when the token is unknown, expired, revoked, or its user is gone or disabled.</summary>
    public async Task<UserAccount?> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var session = await store.FindSessionAsync(SessionTokens.Sm3Of(token.Trim()), cancellationToken);
        if (session is null || session.RevokedAt is not null || session.ExpiresAt <= clock.GetUtcNow())
        {
            return null;
        }

        var user = await store.FindCredentialsAsync(session.UserName, cancellationToken);
        return user is null || user.Disabled ? null : user.Account;
    }

    public Task LogoutAsync(string token, CancellationToken cancellationToken = default) =>
        store.RevokeSessionAsync(SessionTokens.Sm3Of(token.Trim()), cancellationToken);
}
