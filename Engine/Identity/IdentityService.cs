using RiskReporting.Core.State;
using RiskReporting.Identity;
using RiskReporting.Identity.Sessions;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// Who acts, established once for every host: a session token the login opened (the CLI's session file, the
/// portal's ticket) becomes the <see cref="Actor"/> of its registered, enabled user; nothing else does. Logins,
/// failures and lockouts are audited by the <see cref="Authenticator"/>, the first admin by the registry.
/// </summary>
public sealed class IdentityService(IStateStore store, Authenticator authenticator, SessionResolver sessions, UserRegistry registry)
{
    /// <summary>The built-in account the scheduler's runs are started by; it may run periods and nothing else.</summary>
    public const string SchedulerName = "scheduler";

    /// <summary>The one wording of a missing, expired or revoked session.</summary>
    public const string NotLoggedInMessage = "未登录 (not logged in): riskreport login NAME";

    /// <summary>The session's user; refused (not logged in) when the token is missing, unknown, expired or revoked, or its user is disabled.</summary>
    public async Task<Actor> ResumeAsync(string? token, CancellationToken cancellationToken = default)
    {
        var account = await sessions.ResolveAsync(token, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotLoggedIn, NotLoggedInMessage);
        return new Actor(account.Name, account.Role);
    }

    /// <summary>Checks the password (or the bank's directory) and opens a session; the token is the caller's to keep.</summary>
    public async Task<LoginOutcome> LoginAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        var outcome = await authenticator.LoginAsync(name, password, cancellationToken);
        return outcome.Succeeded ? outcome : throw new RefusalException(RefusalCode.NotLoggedIn, outcome.Refusal!);
    }

    /// <summary>Ends the session the token opened (audited as logout); an unknown token ends nothing.</summary>
    public async Task LogoutAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(token))
        {
            await sessions.LogoutAsync(token, cancellationToken);
        }
    }

    /// <summary>First use: creates the first user, an admin, only while no user exists.</summary>
    public async Task<UserAccount> InitAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        if ((await store.ListUsersAsync(cancellationToken)).Count > 0)
        {
            throw new RefusalException(RefusalCode.NotAllowed, "users init 仅在尚无任何用户时可用；请以管理员 (admin) 登录后使用 `riskreport users add`。");
        }

        if (await registry.InitAsync(name, password, cancellationToken) is { } refusal)
        {
            var code = (await store.ListUsersAsync(cancellationToken)).Count > 0 ? RefusalCode.NotAllowed : RefusalCode.InvalidInput;
            throw new RefusalException(code, refusal);
        }

        return (await store.FindUserAsync(name, cancellationToken))!;
    }

    /// <summary>The scheduler's own identity, for the runs its jobs start.</summary>
    public Actor Scheduler { get; } = new(SchedulerName, null);
}
