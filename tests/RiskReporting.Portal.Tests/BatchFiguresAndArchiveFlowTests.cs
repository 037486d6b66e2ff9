using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>
/// September published, October awaiting approval: the batch page draws its charts from the engine's figures, an operator
/// corrects the published September (an override with a reason, a correction batch in the background, verify), and the
/// archive shows the filed batch by year, quarter and month with its files to download.
/// </summary>
[TestFixture]
public sealed class BatchFiguresAndArchiveFlowTests : PlaywrightTest
{
    private const string First = "王建国";
    private const string Second = "李秀英";
    private const string Branch = "赵分行";
    private static readonly ReportingPeriod September = new(2026, 9);
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task TheBatchPageChartsTheFigures_AnOperatorCorrectsAPublishedMonth_AndTheArchiveServesItsFiles()
    {
        using var directory = new TemporaryDirectory();
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(First, Staff.Password, "operator").Add(Second, Staff.Password, "operator"));
        var first = await Staff.ActorAsync(portal, First);
        var second = await Staff.ActorAsync(portal, Second);
        var september = await portal.Get<RunService>().RunAsync(September, first);
        Assert.That(september.Run.State, Is.EqualTo(Core.Runs.RunState.AwaitingApproval), "the tiny bank's September awaits approval");
        await ExplainAndWriteStatementAsync(portal, September, first);
        await portal.Get<ApprovalService>().ApproveAsync(September, second);
        // Two customers' liabilities overridden to far past their assets: October's rerun holds warnings of their branches (as the approval flow does).
        var october = await portal.Get<RunService>().RunAsync(October, first);
        foreach (var indebted in (await portal.Get<IStateStore>().LoadRecordsAsync(october.Run.RunId, ["B3P1"]))["B3P1"].Where(r => r["TOTAL_ASSETS"].Length > 0).Take(2))
        {
            await portal.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", indebted.Key, "TOTAL_LIAB", "99999999.00", "测试"), first);
        }

        await portal.Get<RunService>().RunAsync(October, first);
        var branchCode = (await portal.Get<FindingService>().ListAsync(new FindingFilter(October, PageSize: 10_000), first)).Items.First(f => f.Branch.Length > 0).Branch;
        Assert.That(await new UserRegistry(portal.Get<StateStore>(), portal.Get<TimeProvider>()).AddAsync("test-setup", Branch, UserRole.Branch(branchCode), Staff.Password), Is.Null);
        var figures = await portal.Get<BatchFigures>().OfAsync((await portal.Get<IStateStore>().ListRunsAsync(October)).MaxBy(r => r.Batch)!);

        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(60_000);
        var page = await Staff.LogInAsync(browser, portal, First, "/periods/202610");
        await Expect(page.Locator("#chart-industry[data-drawn=true]")).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-five-class[data-drawn=true]")).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-months[data-drawn=true]")).ToBeVisibleAsync();
        var months = page.GetByTestId("month-totals").Locator("tr");
        await Expect(months).ToHaveCountAsync(3, new() { Timeout = 5_000 });
        await Expect(months.Nth(1)).ToContainTextAsync("202609");
        await Expect(months.Nth(2)).ToContainTextAsync("202610（本批）");
        await Expect(months.Nth(2)).ToContainTextAsync(figures.LoanBalance.ToString("N2", System.Globalization.CultureInfo.InvariantCulture));
        await Browser.ScreenshotAsync(page, "15-batch-charts");

        await page.GotoAsync(portal.Url("/periods/202609/corrections").ToString());
        var customer = (await portal.Get<IStateStore>().LoadRecordsAsync(september.Run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        var form = page.GetByTestId("override-form");
        await form.Locator("input[name=part]").FillAsync("B3P1");
        await form.Locator("input[name=key]").FillAsync(customer.Key);
        await form.Locator("input[name=field]").FillAsync("TOTAL_LIAB");
        await form.Locator("input[name=value]").FillAsync("12345.00");
        await form.Locator("input[name=reason]").FillAsync("分行报来更正后的资产负债表");
        await page.GetByTestId("add-override").ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("已记录");
        await Expect(page.GetByTestId("done")).ToContainTextAsync("更正批次");
        await Expect(page.GetByTestId("next-step")).Not.ToContainTextAsync("riskreport");
        await Expect(page.GetByTestId("overrides")).ToContainTextAsync("分行报来更正后的资产负债表");
        await Browser.ScreenshotAsync(page, "16-corrections-override");

        var refusedReason = await page.RunAndWaitForResponseAsync(async () =>
        {
            await page.GetByTestId("correction-reason").FillAsync("   ");
            await page.GetByTestId("correction-reason").EvaluateAsync("e => e.removeAttribute('required')");
            await page.GetByTestId("start-correction").ClickAsync();
        }, r => r.Request.Method == "POST");
        Assert.That(refusedReason.Status, Is.EqualTo(400), "a correction without a reason is refused by the service");
        await Expect(page.GetByTestId("refusal")).ToContainTextAsync("订正须写明原因");

        await page.GetByTestId("correction-reason").FillAsync("分行更正了一户的负债总额");
        await page.GetByTestId("start-correction").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/periods/202609/jobs/[0-9a-f]+$"));
        await Expect(page.GetByTestId("job-state")).ToHaveTextAsync("已结束");
        var batches = await portal.Get<IStateStore>().ListRunsAsync(September);
        Assert.That(batches.Select(b => b.Batch), Is.EquivalentTo(new[] { 1, 2 }), "the correction is batch 02 of September");

        await page.GotoAsync(portal.Url("/periods/202609/corrections").ToString());
        await page.GetByTestId("verify-01").ClickAsync();
        await Expect(page.GetByTestId("verified")).ToContainTextAsync("核验通过");
        await Browser.ScreenshotAsync(page, "17-corrections-verified");

        await page.GotoAsync(portal.Url("/archive").ToString());
        await Expect(page.GetByTestId("quarter-3")).ToContainTextAsync("202609");
        await Expect(page.GetByTestId("archived-202609-01")).ToContainTextAsync(Second);
        await Expect(page.GetByTestId("reports")).ToContainTextAsync("尚未生成分析报告");
        await Browser.ScreenshotAsync(page, "60-archive");
        await page.GetByRole(AriaRole.Link, new() { Name = "202609" }).ClickAsync();
        await Expect(page.GetByTestId("batch-01")).ToContainTextAsync("statement.txt");
        await Browser.ScreenshotAsync(page, "61-archive-month");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("file-statement.txt").ClickAsync());
        var statement = directory.File("statement.txt");
        await download.SaveAsAsync(statement);
        var outsider = await page.APIRequest.GetAsync(portal.Url("/archive/202609?handler=file&batch=1&name=..%2F..%2Fstate.db").ToString());

        var branchPage = await Staff.LogInAsync(browser, portal, Branch, "/periods/202610");
        await Expect(branchPage.GetByTestId("counts")).ToBeVisibleAsync();
        await Expect(branchPage.GetByTestId("charts")).ToHaveCountAsync(0);
        await branchPage.GotoAsync(portal.Url("/periods/202610/findings").ToString());
        await Expect(branchPage.GetByTestId("findings")).ToBeVisibleAsync();
        var branches = await branchPage.Locator("[data-testid=findings] tbody td.branch").AllInnerTextsAsync();
        await Expect(branchPage.Locator("form.explain")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(branchPage, "38-branch-findings");
        await browser.CloseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(statement), Does.Contain("已核实"), "the archived 文字说明 is the one written");
            Assert.That(outsider.Status, Is.EqualTo(404), "only a file the manifest lists is served");
            Assert.That(branches, Is.Not.Empty.And.All.EqualTo(branchCode), "a branch user sees its own branch's findings only");
        });
    }

    private static async Task ExplainAndWriteStatementAsync(PortalServer portal, ReportingPeriod period, Actor writer)
    {
        var findings = portal.Get<FindingService>();
        var warnings = await findings.ListAsync(new FindingFilter(period, Severity: "WARNING", PageSize: 10_000), writer);
        foreach (var rule in warnings.Items.Select(f => f.Rule).Distinct())
        {
            await findings.ExplainAsync(new ExplainRequest(period, rule, null, "已核实", CarryForward: false), writer);
        }

        var statements = portal.Get<StatementService>();
        var draft = await statements.DraftAsync(period, writer);
        await statements.SubmitAsync(period, draft.Replace(StatementDraft.Prompt, "已核实：本月变动系正常业务增减。", StringComparison.Ordinal), writer);
    }
}
