using RiskReporting.Identity;
using RiskReporting.Identity.Sessions;

namespace RiskReporting.Portal.Identity;

/// <summary>
/// The portal's seam on the engine's identity (#14): a login is the Authenticator's (password hash or the
/// bank's directory, lockout, audit) and its refusal is shown as the Authenticator words it; the ticket
/// carries the engine session's token, which SessionResolver checks on every request and ends at logout.
/// </summary>
public sealed class EngineAuthenticator(Authenticator authenticator, SessionResolver sessions) : IAuthenticator
{
    public async Task<SignedIn> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var outcome = await authenticator.LoginAsync(userName, password, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new LoginRefusedException(outcome.Refusal ?? Authenticator.WrongNameOrPassword);
        }

        var user = await ResumeAsync(outcome.Token!, cancellationToken) ?? throw new LoginRefusedException(Authenticator.WrongNameOrPassword);
        return new SignedIn(user, outcome.Token!);
    }

    public async Task<PortalUser?> ResumeAsync(string sessionToken, CancellationToken cancellationToken) =>
        await sessions.ResolveAsync(sessionToken, cancellationToken) is { } account ? new PortalUser(account.Name, account.Role.ToString()) : null;

    public Task EndAsync(string sessionToken, CancellationToken cancellationToken) => sessions.LogoutAsync(sessionToken, cancellationToken);
}
