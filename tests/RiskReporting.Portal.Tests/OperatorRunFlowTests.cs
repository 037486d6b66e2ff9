using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>An operator at work in the browser on a real engine and a demo bank: start a run, watch it end, count and filter its findings, explain a warning.</summary>
[TestFixture]
public sealed class OperatorRunFlowTests : PlaywrightTest
{
    private const string Operator = "王建国";
    private const string Password = "correct-horse-battery";

    [Test]
    public async Task Operator_StartsARun_WatchesItEnd_FiltersFindings_AndExplainsAWarning()
    {
        using var directory = new TemporaryDirectory();
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(Operator, Password, "operator"), plant: true);
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(60_000);
        await using var context = await Browser.NewContextAsync(browser);
        var page = await context.NewPageAsync();

        await page.GotoAsync(portal.Url("/login").ToString());
        await page.FillAsync("#username", Operator);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(portal.Url("/periods").ToString());
        var october = page.Locator("tr[data-period='202610']");
        await Expect(october).ToContainTextAsync("未运行");
        await Browser.ScreenshotAsync(page, "10-periods-dashboard");

        await october.GetByRole(AriaRole.Button, new() { Name = "运行" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/periods/202610/jobs/[0-9a-f]+$"));
        await Expect(page.GetByTestId("job-state")).ToHaveTextAsync("已结束");
        await Expect(page.GetByTestId("outcome")).ToContainTextAsync("校验未通过（阻断）");
        await Expect(page.GetByTestId("steps")).ToContainTextAsync("规则校验");
        await Expect(page.GetByTestId("log")).ToContainTextAsync("+08:00 ");
        await Browser.ScreenshotAsync(page, "11-run-progress");

        await page.GetByRole(AriaRole.Link, new() { Name = "查看批次与校验结果" }).ClickAsync();
        await Expect(page.GetByTestId("batch-state")).ToHaveTextAsync("校验未通过（阻断）");
        await Expect(page.GetByTestId("counts")).ToContainTextAsync("ERROR");
        await Expect(page.GetByTestId("counts")).ToContainTextAsync("WARNING");
        var openBefore = int.Parse(await page.GetByTestId("open-warnings").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await Browser.ScreenshotAsync(page, "12-batch");

        await page.GotoAsync(portal.Url("/periods/202610/findings?severity=WARNING").ToString());
        var rows = page.Locator("[data-testid=findings] tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.That(await page.Locator("[data-testid=findings] tbody tr td:nth-child(2)").AllTextContentsAsync(), Is.All.EqualTo("WARNING"), "the severity filter");
        await Browser.ScreenshotAsync(page, "13-findings-warnings");

        var first = rows.First;
        var rule = await first.GetAttributeAsync("data-rule");
        await first.Locator("summary").ClickAsync();
        await first.Locator("textarea[name=text]").FillAsync("已与分行核实，客户于月末前补充了材料");
        await first.GetByRole(AriaRole.Button, new() { Name = "说明此条" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToHaveTextAsync($"已说明 1 条 {rule} 提示。");
        Assert.That(new Uri(page.Url).Query, Does.Contain("severity=WARNING"), "the filter stays after explaining");
        await Browser.ScreenshotAsync(page, "14-findings-explained");

        // Each finding links to its trace, the record's source rows; the key is posted, not put in the URL.
        var traced = page.Locator("[data-testid=findings] tbody tr").First;
        var (tracedPart, tracedKey) = (await traced.Locator("td:nth-child(3)").TextContentAsync(), await traced.Locator("td:nth-child(4)").TextContentAsync());
        await traced.GetByTestId("trace").ClickAsync();
        await Expect(page.GetByTestId("trace")).ToContainTextAsync($"{tracedPart} {tracedKey}");
        await Expect(page.GetByTestId("sources")).ToContainTextAsync(".sql ");
        Assert.That(page.Url, Is.EqualTo(portal.Url("/periods/202610/trace").ToString()), "no record key in the URL");
        await Browser.ScreenshotAsync(page, "14-finding-trace");

        await page.GotoAsync(portal.Url("/periods/202610").ToString());
        await Expect(page.GetByTestId("open-warnings")).ToHaveTextAsync((openBefore - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await browser.CloseAsync();
    }
}
