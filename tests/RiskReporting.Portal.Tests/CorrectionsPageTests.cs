using System.Text.RegularExpressions;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Runs;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>An override on a period not yet published: the page offers the rerun that applies it, not a shell command.</summary>
[TestFixture]
public sealed partial class CorrectionsPageTests : PlaywrightTest
{
    private const string Operator = "王建国";
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task AnOverrideBeforePublishing_OffersTheRerun_WhichStartsTheRunInTheBackground()
    {
        using var directory = new TemporaryDirectory();
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(Operator, Staff.Password, "operator"));
        var october = await portal.Get<RunService>().RunAsync(October, await Staff.ActorAsync(portal, Operator));
        var customer = (await portal.Get<IStateStore>().LoadRecordsAsync(october.Run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);

        var page = await Staff.LogInAsync(browser, portal, Operator, "/periods/202610/corrections");
        var form = page.GetByTestId("override-form");
        await form.Locator("input[name=part]").FillAsync("B3P1");
        await form.Locator("input[name=key]").FillAsync(customer.Key);
        await form.Locator("input[name=field]").FillAsync("TOTAL_LIAB");
        await form.Locator("input[name=value]").FillAsync("12345.00");
        await form.Locator("input[name=reason]").FillAsync("分行报来更正后的资产负债表");
        await page.GetByTestId("add-override").ClickAsync();
        await Expect(page.GetByTestId("next-step")).ToContainTextAsync("重新运行本期");
        await Expect(page.GetByTestId("done")).Not.ToContainTextAsync("riskreport");
        await Browser.ScreenshotAsync(page, "19-corrections-override-rerun");

        await page.GetByTestId("rerun").ClickAsync();
        await Expect(page).ToHaveURLAsync(JobPage());
        await browser.CloseAsync();
    }

    [GeneratedRegex("/periods/202610/jobs/")]
    private static partial Regex JobPage();
}
