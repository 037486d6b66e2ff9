using System.Security.Claims;

namespace RiskReporting.Portal.Identity;

/// <summary>The claims of a portal ticket: the user's name and role, and the engine session it stands for.</summary>
public static class PortalClaims
{
    public const string SessionToken = "rr:session";

    public static ClaimsPrincipal Principal(SignedIn signedIn, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, signedIn.User.Name),
            new Claim(ClaimTypes.Role, signedIn.User.Role),
            new Claim(SessionToken, signedIn.SessionToken),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role));

    public static string? SessionOf(ClaimsPrincipal? principal) => principal?.FindFirst(SessionToken)?.Value;

    public static PortalUser? UserOf(ClaimsPrincipal? principal) =>
        principal?.Identity is { IsAuthenticated: true, Name: { } name }
            ? new PortalUser(name, principal.FindFirst(ClaimTypes.Role)?.Value ?? string.Empty)
            : null;
}
