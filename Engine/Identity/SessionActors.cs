using RiskReporting.Identity.Sessions;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// The actor behind a login session: a host that authenticated a user (the portal's cookie carries the
/// engine session's token) gets the <see cref="Actor"/> here, with the role the registry holds now, so a
/// user disabled or logged out is refused at the next action.
/// </summary>
public sealed class SessionActors(SessionResolver sessions)
{
    public const string NotLoggedIn = "未登录 (not logged in): the session has ended; log in again.";

    public async Task<Actor> ResolveAsync(string? sessionToken, CancellationToken cancellationToken = default) =>
        await sessions.ResolveAsync(sessionToken, cancellationToken) is { } account
            ? new Actor(account.Name, account.Role)
            : throw new RefusalException(RefusalCode.NotLoggedIn, NotLoggedIn);
}
