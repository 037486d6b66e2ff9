using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Runs;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>IT operations in the browser: the rule sets in force and their check, a candidate set previewed, and a run's log.</summary>
[TestFixture]
public sealed class ItOpsPagesTests : PlaywrightTest
{
    private const string ItOps = "刘运维";
    private const string Operator = "王建国";

    [Test]
    public async Task ItOps_SeesTheRuleSetsChecked_PreviewsACandidate_AndReadsARunsLog()
    {
        using var directory = new TemporaryDirectory();
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(ItOps, Staff.Password, "itops").Add(Operator, Staff.Password, "operator"));
        await portal.Get<RunService>().RunAsync(new ReportingPeriod(2026, 10), await Staff.ActorAsync(portal, Operator));
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);

        var page = await Staff.LogInAsync(browser, portal, ItOps, "/itops");
        await Expect(page.GetByTestId("check")).ToContainTextAsync("规则检查通过");
        await Expect(page.GetByTestId("rule-sets").Locator("tbody tr").First).ToBeVisibleAsync();
        await page.FillAsync("input[name=PreviewPeriod]", "202610");
        await page.FillAsync("input[name=Candidate]", Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction"));
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await Expect(page.GetByTestId("preview")).ToContainTextAsync("B3P1");
        var changed = await page.Locator("[data-testid=preview] tbody tr td:nth-child(4)").AllTextContentsAsync();
        await Browser.ScreenshotAsync(page, "50-itops-rules");

        await page.GetByTestId("runs").GetByRole(AriaRole.Link, new() { Name = "查看日志" }).First.ClickAsync();
        await Expect(page.GetByTestId("run-log")).ToContainTextAsync("+08:00");
        await Browser.ScreenshotAsync(page, "51-itops-run-log");
        await browser.CloseAsync();

        Assert.That(changed, Is.All.EqualTo("0"), "the rules in force previewed against themselves change nothing");
    }
}
