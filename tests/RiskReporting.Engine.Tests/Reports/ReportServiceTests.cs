using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Reports;
using RiskReporting.Testing;
using UglyToad.PdfPig;

namespace RiskReporting.Engine.Tests.Reports;

/// <summary>The quarterly and annual 分析报告 (issue #18, 第17、19条) over four approved months, every figure checked against the batches it came from.</summary>
public sealed class ReportServiceTests
{
    private static readonly ReportingPeriod[] Months = [new(2026, 7), new(2026, 8), new(2026, 9), new(2026, 10)];

    [Test]
    public async Task QuarterAndYearReports_RecomputeEachMonthsFigures_ConcentrationMigrationAndFindings_FromTheArchivedBatches()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny, Months));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        foreach (var month in Months)
        {
            await Approvals.RunReadyForApprovalAsync(engine, month, ops1);
            await engine.Get<ApprovalService>().ApproveAsync(month, ops2);
        }

        var reports = engine.Get<ReportService>();
        var auditor = await engine.LogInAsync("chen", "auditor");
        var year = await reports.WriteAsync(ReportScope.OfYear(2026), auditor);
        Directory.CreateDirectory(Path.Combine(engine.BankDirectory, "plans"));
        File.WriteAllText(Path.Combine(engine.BankDirectory, "plans", "2026.csv"), "indicator,target\nloan_balance,99999999.00\nnpl_share,100\n");
        var quarter = await reports.WriteAsync(ReportScope.ParseQuarter("2026Q3"), auditor);

        // The figures again, from the records of each month's published batch.
        var store = engine.Get<IStateStore>();
        var runs = new List<RunRecord>();
        foreach (var month in Months.Take(3))
        {
            runs.Add((await store.ListRunsAsync(month)).Single(r => r.State == RunState.Published));
        }

        var expectedTrend = new List<string[]>();
        foreach (var run in runs)
        {
            var records = await store.LoadRecordsAsync(run.RunId, ["B1P1", "B1P3", "B2P1", "B3P1"]);
            expectedTrend.Add([run.Period.ToString(), "01", Wan(records["B1P1"].Sum(r => Amount(r["CREDIT_LIMIT"]))), Wan(records["B1P3"].Sum(r => Amount(r["LOAN_BAL"]))),
                records["B3P1"].Count.ToString(CultureInfo.InvariantCulture), records["B2P1"].Count.ToString(CultureInfo.InvariantCulture)]);
        }

        var september = await store.LoadRecordsAsync(runs[2].RunId, ["B1P1", "B1P3"]);
        var exposures = september["B1P1"].GroupBy(r => (r["CUST_TYPE"], r["CUST_CODE"])).Select(g => (g.Key.Item1, Code: g.Key.Item2, Used: g.Sum(r => Amount(r["USED_TOTAL"])))).ToList();
        var topCustomers = exposures.Where(e => e.Item1 == "2").OrderByDescending(e => e.Used).ThenBy(e => e.Code, StringComparer.Ordinal).Take(10).Select(e => e.Code).ToList();
        var july = (await store.LoadRecordsAsync(runs[0].RunId, ["B1P3"]))["B1P3"].ToDictionary(r => r["RECEIPT_NO"], r => r["FIVE_CLASS"]);
        var septemberClass = september["B1P3"].ToDictionary(r => r["RECEIPT_NO"], r => r["FIVE_CLASS"]);
        var normalStayedNormal = july.Count(l => l.Value == "1" && septemberClass.GetValueOrDefault(l.Key) == "1");
        var repaid = july.Count(l => !septemberClass.ContainsKey(l.Key));
        var findings = new List<StoredFinding>();
        foreach (var run in runs)
        {
            findings.AddRange(await store.LoadFindingsAsync(run.RunId));
        }

        var section = quarter.Sections.ToDictionary(s => s.Heading);
        var trend = section[ReportService.TrendHeading].Rows;
        var migration = section[ReportService.MigrationHeading].Rows;
        using var pdf = PdfDocument.Open(quarter.PdfPath);
        var pdfText = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(quarter.InProgress, Is.False, "July to September are all published");
            Assert.That(quarter.Months, Is.EqualTo(Months.Take(3)));
            Assert.That(trend.Take(3).Select(r => r.Take(6).ToArray()), Is.EqualTo(expectedTrend), "each month's credit lines, loans, customers and groups");
            Assert.That(trend[3][3], Is.EqualTo(Wan(Amount(expectedTrend[2][3]) - Amount(expectedTrend[0][3]))), "the trend: last month less first");
            Assert.That(section[ReportService.TopCustomersHeading].Rows.Select(r => r[1]), Is.EqualTo(topCustomers));
            Assert.That(section[ReportService.TopCustomersHeading].Rows[0][4], Is.EqualTo(Wan(Math.Round(exposures.Where(e => e.Code == topCustomers[0] && e.Item1 == "2").Sum(e => e.Used) * 100 / exposures.Sum(e => e.Used), 2, MidpointRounding.AwayFromZero))));
            Assert.That(migration[0][1], Is.EqualTo(normalStayedNormal.ToString(CultureInfo.InvariantCulture)), "正常 → 正常");
            Assert.That(migration.Sum(r => int.Parse(r[^1], CultureInfo.InvariantCulture)), Is.EqualTo(repaid), "loans of July gone by September");
            Assert.That(section[ReportService.FindingsByRuleHeading].Rows.Sum(r => int.Parse(r[2], CultureInfo.InvariantCulture)), Is.EqualTo(findings.Count));
            Assert.That(section[ReportService.SubmissionsHeading].Rows.Select(r => r[0]), Is.EqualTo(new[] { "202607", "202608", "202609" }));
            Assert.That(section[ReportService.PlanHeading].Rows.Select(r => (r[0], r[4])), Is.EqualTo(new[] { ("loan_balance", "未完成"), ("npl_share", "完成") }));
            Assert.That(section[ReportService.PlanHeading].Note, Does.Contain("未完成：loan_balance").And.Contain("已核实：本月变动系正常业务增减"), "the month's statement gives the causes");
            Assert.That(year.InProgress, Is.True);
            Assert.That(year.Months, Is.EqualTo(Months));
            Assert.That(year.Sections.Single(s => s.Heading == ReportService.PlanHeading).Note, Does.StartWith("未设定计划"));
            Assert.That(File.ReadAllText(year.HtmlPath), Does.Contain("本报告期尚未结束：2026年度共 12 个月，已发布归档 4 个月"));
            Assert.That(quarter.HtmlPath, Is.EqualTo(Path.Combine(engine.WorkDirectory, "archive", "2026", "Q3", "analysis-2026Q3.html")));
            Assert.That(year.PdfPath, Is.EqualTo(Path.Combine(engine.WorkDirectory, "archive", "2026", "analysis-2026.pdf")));
            Assert.That(pdfText, Does.Contain("2026年第3季度客户风险统计分析报告"));
            foreach (var heading in new[] { ReportService.TrendHeading, ReportService.TopCustomersHeading, ReportService.MigrationHeading, ReportService.PlanHeading })
            {
                Assert.That(pdfText, Does.Contain(heading), "the PDF shows " + heading);
            }
        });
    }

    [Test]
    public async Task AReport_OverAPeriodWithNothingFiled_IsRefused_AndABranchUserMayNotWriteOne()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var ops = await engine.LogInAsync("ops", "operator");
        var branch = await engine.LogInAsync("li", "branch:100001");

        var nothing = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ReportService>().WriteAsync(ReportScope.ParseQuarter("2026Q3"), ops));
        var byBranch = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ReportService>().WriteAsync(ReportScope.ParseQuarter("2026Q3"), branch));
        var badQuarter = Assert.Throws<RefusalException>(() => ReportScope.ParseQuarter("2026Q5"));

        Assert.Multiple(() =>
        {
            Assert.That(nothing!.Code, Is.EqualTo(RefusalCode.NotFound));
            Assert.That(nothing.Message, Does.Contain("没有已归档的批次"));
            Assert.That(byBranch!.Code, Is.EqualTo(RefusalCode.NotAllowed));
            Assert.That(badQuarter!.Code, Is.EqualTo(RefusalCode.InvalidInput));
        });
    }

    private static decimal Amount(string value) => value.Length == 0 ? 0 : decimal.Parse(value, CultureInfo.InvariantCulture);

    private static string Wan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
