using Microsoft.Playwright;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>The bank's staff in a flow test: a login through the portal's form, and the same user as the engine's actor for setting up data.</summary>
public static class Staff
{
    public const string Password = "correct-horse-battery";

    /// <summary>Logs in through /login in a fresh context of its own (its own cookies), and lands on <paramref name="landing"/>.</summary>
    public static async Task<IPage> LogInAsync(IBrowser browser, PortalServer portal, string name, string landing = "/periods")
    {
        var context = await Browser.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.Url("/login?returnUrl=" + Uri.EscapeDataString(landing)).ToString());
        await page.FillAsync("#username", name);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(portal.Url(landing).ToString());
        return page;
    }

    /// <summary>The user as the engine's services see it, through its own engine session.</summary>
    public static async Task<Actor> ActorAsync(PortalServer portal, string name)
    {
        var identity = portal.Get<IdentityService>();
        return await identity.ResumeAsync((await identity.LoginAsync(name, Password)).Token);
    }
}
