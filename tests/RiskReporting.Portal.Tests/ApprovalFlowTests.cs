using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Runs;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>Approval in the browser with four eyes: the operator who explained the warnings is refused in the approval service's words; a second operator approves and takes the package, which the regulator's checker accepts.</summary>
[TestFixture]
public sealed class ApprovalFlowTests : PlaywrightTest
{
    private const string First = "王建国";
    private const string Second = "李秀英";
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task TheOperatorWhoExplained_IsRefusedApproval_ASecondOperatorApproves_AndTheDownloadedPackagePassesKhfxCheck()
    {
        using var directory = new TemporaryDirectory();
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(First, Staff.Password, "operator").Add(Second, Staff.Password, "operator"));
        var first = await Staff.ActorAsync(portal, First);
        // Two customers' liabilities overridden to far past their assets: the rerun holds warnings to explain (as the engine's second-host test does).
        var run = await portal.Get<RunService>().RunAsync(October, first);
        foreach (var customer in (await portal.Get<IStateStore>().LoadRecordsAsync(run.Run.RunId, ["B3P1"]))["B3P1"].Where(r => r["TOTAL_ASSETS"].Length > 0).Take(2))
        {
            await portal.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "99999999.00", "测试"), first);
        }

        await portal.Get<RunService>().RunAsync(October, first);
        var warnings = await portal.Get<FindingService>().ListAsync(new FindingFilter(October, Severity: "WARNING", PageSize: 10_000), first);
        var rules = warnings.Items.Select(f => f.Rule).Distinct().ToList();
        Assert.That(rules, Is.Not.Empty, "the tiny bank's October has warnings to explain");
        foreach (var rule in rules.Skip(1))
        {
            await portal.Get<FindingService>().ExplainAsync(new ExplainRequest(October, rule, null, "已核实", CarryForward: false), first);
        }

        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);

        var maker = await Staff.LogInAsync(browser, portal, First);
        await maker.GotoAsync(portal.Url($"/periods/202610/findings?rule={Uri.EscapeDataString(rules[0])}").ToString());
        await maker.Locator("textarea[placeholder='对该规则全部未说明提示的统一说明']").FillAsync("已与分行逐户核实，数据属实");
        await maker.GetByRole(AriaRole.Button, new() { Name = "全部说明" }).ClickAsync();
        await Expect(maker.Locator(".alert-ok")).ToContainTextAsync($"{rules[0]} 提示");

        await maker.GotoAsync(portal.Url("/periods/202610").ToString());
        await Expect(maker.GetByTestId("open-warnings")).ToHaveTextAsync("0");
        await Expect(maker.GetByTestId("batch-state")).ToHaveTextAsync("待审批");
        var statement = maker.GetByTestId("statement-input");
        await Expect(statement).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("（请填写）"));
        await statement.FillAsync((await statement.InputValueAsync()).Replace("（请填写）", "两户负债补录后资产负债率上升，已逐户核实。", StringComparison.Ordinal));
        await maker.GetByTestId("submit-statement").ClickAsync();
        await Expect(maker.GetByTestId("done")).ToContainTextAsync("文字说明已保存");
        await Expect(maker.GetByTestId("statement-text")).ToContainTextAsync("已逐户核实");
        await Browser.ScreenshotAsync(maker, "19-statement");
        var refused = await maker.RunAndWaitForResponseAsync(() => maker.GetByTestId("approve").ClickAsync(), r => r.Request.Method == "POST");
        Assert.That(refused.Status, Is.EqualTo(409), "a four-eyes refusal is a state conflict");
        await Expect(maker.Locator(".alert-bad")).ToContainTextAsync($"{First} 说明了本批次的提示，不能再审批该批次（四眼原则 four eyes）。");
        await Expect(maker.GetByTestId("batch-state")).ToHaveTextAsync("待审批");
        await Browser.ScreenshotAsync(maker, "20-approval-refused-four-eyes");

        var checker = await Staff.LogInAsync(browser, portal, Second, "/periods/202610");
        await checker.GetByTestId("approve").ClickAsync();
        await Expect(checker.GetByTestId("done")).ToContainTextAsync("已审批");
        await Expect(checker.GetByTestId("batch-state")).ToHaveTextAsync("已报送");
        await Browser.ScreenshotAsync(checker, "21-approved");

        var download = await checker.RunAndWaitForDownloadAsync(() => checker.GetByTestId("download-package").ClickAsync());
        var package = directory.File(download.SuggestedFilename);
        await download.SaveAsAsync(package);
        var workbookDownload = await checker.RunAndWaitForDownloadAsync(() => checker.GetByTestId("download-workbook").ClickAsync());
        var workbook = directory.File(workbookDownload.SuggestedFilename);
        await workbookDownload.SaveAsAsync(workbook);
        await browser.CloseAsync();

        var (exit, output) = KhfxChecker.Check(package);
        Assert.Multiple(() =>
        {
            Assert.That(download.SuggestedFilename, Does.EndWith(".zip"));
            Assert.That(exit, Is.Zero, output);
            Assert.That(workbookDownload.SuggestedFilename, Is.EqualTo("202610-01-findings.xlsx"));
            Assert.That(File.ReadAllBytes(workbook).Take(2), Is.EqualTo("PK"u8.ToArray()), "an XLSX is a zip");
        });
    }
}
