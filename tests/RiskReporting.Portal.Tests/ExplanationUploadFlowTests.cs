using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Runs;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>The bulk work peers' users ask for: the operator downloads findings.xlsx, writes an explanation on each row, and uploads it back; a bad file is refused naming its row and column.</summary>
[TestFixture]
public sealed class ExplanationUploadFlowTests : PlaywrightTest
{
    private const string Operator = "王建国";
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task AnOperatorUploadsTheFindingsWorkbookWithExplanations_AndABadCsvIsRefusedNamingItsRow()
    {
        using var directory = new TemporaryDirectory();
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(Operator, Staff.Password, "operator"));
        var actor = await Staff.ActorAsync(portal, Operator);
        var run = await portal.Get<RunService>().RunAsync(October, actor);
        foreach (var customer in (await portal.Get<IStateStore>().LoadRecordsAsync(run.Run.RunId, ["B3P1"]))["B3P1"].Where(r => r["TOTAL_ASSETS"].Length > 0).Take(2))
        {
            await portal.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "99999999.00", "测试"), actor);
        }

        await portal.Get<RunService>().RunAsync(October, actor);
        var warnings = (await portal.Get<FindingService>().ListAsync(new FindingFilter(October, Severity: "WARNING", PageSize: 10_000), actor)).Items;
        Assert.That(warnings, Is.Not.Empty);

        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);
        var page = await Staff.LogInAsync(browser, portal, Operator, "/periods/202610");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-workbook").ClickAsync());
        var workbook = directory.File("findings.xlsx");
        await download.SaveAsAsync(workbook);
        AddExplanations(workbook, "经分行逐户核实，负债数据属实");

        await page.GotoAsync(portal.Url("/periods/202610/findings").ToString());
        var bad = directory.File("说明.csv");
        File.WriteAllText(bad, $"规则代码,记录键,情况说明\n{warnings[0].Rule},NO-SUCH-KEY,已核实\n", new UTF8Encoding(true));
        await page.GetByTestId("upload").Locator("summary").ClickAsync();
        await page.GetByTestId("upload-file").SetInputFilesAsync(bad);
        await page.GetByTestId("upload-submit").ClickAsync();
        await Expect(page.GetByTestId("refusal")).ToContainTextAsync("第 2 行「记录键」列");
        await Browser.ScreenshotAsync(page, "18-findings-upload-refused");

        await page.GetByTestId("upload").Locator("summary").ClickAsync();
        await page.GetByTestId("upload-file").SetInputFilesAsync(workbook);
        await page.GetByTestId("upload-submit").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync($"已按文件说明 {warnings.Count} 条提示");
        await Browser.ScreenshotAsync(page, "18-findings-uploaded");
        await page.GotoAsync(portal.Url("/periods/202610").ToString());
        await Expect(page.GetByTestId("open-warnings")).ToHaveTextAsync("0");
        await browser.CloseAsync();
    }

    /// <summary>What the operator does in Excel: a 情况说明 column at the end of 问题清单, filled on every row.</summary>
    private static void AddExplanations(string path, string text)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "问题清单");
        foreach (var row in ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>())
        {
            row.Append(new Cell
            {
                CellReference = $"M{row.RowIndex}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(row.RowIndex!.Value == 1 ? "情况说明" : text)),
            });
        }
    }
}
