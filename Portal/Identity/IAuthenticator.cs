namespace RiskReporting.Portal.Identity;

/// <summary>
/// The seam through which the portal authenticates its users: the engine's identity service (#14: passwords
/// hashed with PasswordHasher, or a bind to the bank's directory, lockout, audit) implements it; the portal
/// keeps no password and decides nothing about one. A session token stands for the engine's session, so
/// that a user disabled or logged out in the engine stops being served on the next request, by every
/// instance. When the engine's identity types land, <see cref="PortalUser"/> gives way to its Actor and
/// <see cref="LoginRefusedException"/> to its RefusalException, with these method shapes.
/// </summary>
public interface IAuthenticator
{
    /// <summary>Checks the credentials and opens a session; throws <see cref="LoginRefusedException"/> with the service's wording.</summary>
    Task<SignedIn> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken);

    /// <summary>The user of a live session, or null when the session ended (expired, ended, user disabled).</summary>
    Task<PortalUser?> ResumeAsync(string sessionToken, CancellationToken cancellationToken);

    /// <summary>Ends the session (logout); ending one already ended does nothing.</summary>
    Task EndAsync(string sessionToken, CancellationToken cancellationToken);
}
