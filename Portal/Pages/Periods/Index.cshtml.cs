using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>The operators' dashboard. Until the engine's run service lands it shows who is signed in and since when, nothing of its own making.</summary>
public sealed class IndexModel(PortalOptions options) : PageModel
{
    public PortalUser? CurrentUser { get; private set; }

    public string SignedInAt { get; private set; } = string.Empty;

    public int IdleMinutes => options.IdleMinutes;

    public async Task OnGetAsync()
    {
        CurrentUser = PortalClaims.UserOf(User);
        var result = await HttpContext.AuthenticateAsync();
        SignedInAt = result.Properties?.IssuedUtc is { } issued ? ShanghaiTime.Format(issued) : string.Empty;
    }
}
