using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using RiskReporting.Core.Periods;
using RiskReporting.Engine;
using RiskReporting.Engine.Identity;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Pages;

/// <summary>
/// A page that acts through the engine: the actor comes from the engine session the login opened, and a
/// refusal is shown in the service's own words with the HTTP status its code maps to (once, here).
/// </summary>
public abstract class EnginePageModel : PageModel
{
    /// <summary>The service's refusal, shown on the page as it is worded.</summary>
    public string? Refusal { get; protected set; }

    protected Task<Actor> ActorAsync() =>
        HttpContext.RequestServices.GetRequiredService<IdentityService>().ResumeAsync(PortalClaims.SessionOf(User), HttpContext.RequestAborted);

    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>A period from the route; a malformed one is the same 404 as a period that does not exist.</summary>
    protected static bool TryPeriod(string? text, out ReportingPeriod period) => ReportingPeriod.TryParse(text ?? string.Empty, out period);

    /// <summary>The refusal as a page: its words, and the status its code stands for.</summary>
    protected IActionResult Refused(RefusalException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Code == RefusalCode.NotLoggedIn)
        {
            return Redirect("/login");
        }

        Refusal = refusal.Message;
        Response.StatusCode = StatusOf(refusal.Code);
        return Page();
    }

    public static int StatusOf(RefusalCode code) => code switch
    {
        RefusalCode.NotFound => StatusCodes.Status404NotFound,
        RefusalCode.NotAllowed => StatusCodes.Status403Forbidden,
        RefusalCode.StateConflict => StatusCodes.Status409Conflict,
        RefusalCode.NotLoggedIn => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    };
}
