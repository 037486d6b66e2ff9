using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Security;

/// <summary>
/// The cookie events that tie a portal ticket to the engine's session: every request asks the identity
/// service whether the session still stands (a user disabled, or logged out elsewhere, is not served
/// again), and a logout ends the engine session too.
/// </summary>
public sealed class SessionValidation : CookieAuthenticationEvents
{
    /// <summary>The claim under which the cookie handler keeps the id of a ticket held in its session store.</summary>
    private const string TicketIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = PortalClaims.SessionOf(context.Principal);
        var services = context.HttpContext.RequestServices;
        var user = token is null ? null : await services.GetRequiredService<IAuthenticator>().ResumeAsync(token, context.HttpContext.RequestAborted);
        if (user is not null)
        {
            return;
        }

        services.GetRequiredService<ILogger<SessionValidation>>().SessionEnded();
        var ticketId = context.Principal?.FindFirst(TicketIdClaim)?.Value;
        context.RejectPrincipal();
        if (ticketId is not null && context.Options.SessionStore is { } tickets)
        {
            await tickets.RemoveAsync(ticketId, context.HttpContext, context.HttpContext.RequestAborted);
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = PortalClaims.SessionOf(context.HttpContext.User);
        if (token is not null)
        {
            await context.HttpContext.RequestServices.GetRequiredService<IAuthenticator>().EndAsync(token, context.HttpContext.RequestAborted);
        }

        context.HttpContext.RequestServices.GetRequiredService<ILogger<SessionValidation>>().LoggedOut();
    }
}
