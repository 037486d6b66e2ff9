using System.Text.RegularExpressions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Reports;
using RiskReporting.Testing;
using UglyToad.PdfPig;

namespace RiskReporting.Engine.Tests.Reports;

/// <summary>The analysis report ends with the operator's improvement proposals (第19条), stored with it, and draws its charts (ScottPlot) in the HTML and the PDF.</summary>
public sealed partial class ReportProposalsAndChartsTests
{
    private static readonly ReportingPeriod[] Months = [new(2026, 8), new(2026, 9)];

    [Test]
    public async Task AReport_EndsWithTheStoredProposals_OrSaysNoneWereWritten_AndDrawsItsChartsInHtmlAndPdf()
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
        var quarter = ReportScope.ParseQuarter("2026Q3");
        var before = await reports.WriteAsync(quarter, auditor);
        var beforeHtml = File.ReadAllText(before.HtmlPath);
        var beforePdf = PdfText(before.PdfPath);
        var proposals = folder.File("proposals.txt");
        const string Proposal = "一、压降关注类贷款：对逾期60天以上的贷款逐户制定清收方案，月底前报信贷管理部。二、完善行业限额，按季复核制造业集中度。";
        File.WriteAllText(proposals, Proposal + "\n");
        var byAuditor = await Assert.ThrowsAsync<RefusalException>(() => reports.WriteAsync(quarter, auditor, proposals));
        File.WriteAllText(folder.File("empty.txt"), " \n");
        var empty = await Assert.ThrowsAsync<RefusalException>(() => reports.WriteAsync(quarter, ops1, folder.File("empty.txt")));
        var after = await reports.WriteAsync(quarter, ops1, proposals);
        var html = File.ReadAllText(after.HtmlPath);
        var pdfText = PdfText(after.PdfPath);
        using var pdf = PdfDocument.Open(after.PdfPath);
        var pdfImages = pdf.GetPages().Sum(p => p.GetImages().Count());
        var pngs = DataUri().Matches(html).Select(m => Convert.FromBase64String(m.Groups[1].Value)).ToList();
        var audit = await engine.Get<IStateStore>().ListAuditAsync("report:2026Q3");

        Assert.Multiple(() =>
        {
            Assert.That(before.Sections[^1].Heading, Is.EqualTo(ReportService.ProposalsHeading));
            Assert.That(beforeHtml, Does.Contain("尚未撰写改进建议"));
            Assert.That(beforePdf, Does.Contain("尚未撰写改进建议"));
            Assert.That(byAuditor!.Code, Is.EqualTo(RefusalCode.NotAllowed), "an auditor reads reports but writes no proposals");
            Assert.That(empty!.Code, Is.EqualTo(RefusalCode.InvalidInput));
            Assert.That(after.Sections[^1].Heading, Is.EqualTo(ReportService.ProposalsHeading));
            Assert.That(after.Sections[^1].Rows, Is.EqualTo(new[] { new[] { "ops1", after.Sections[^1].Rows[0][1] } }));
            Assert.That(html.IndexOf(Proposal, StringComparison.Ordinal), Is.GreaterThan(html.IndexOf(ReportService.PlanHeading, StringComparison.Ordinal)), "the HTML ends with the proposals");
            Assert.That(html, Does.Not.Contain("尚未撰写改进建议"));
            Assert.That(pdfText.Replace(" ", string.Empty, StringComparison.Ordinal), Does.Contain(Proposal), "the PDF holds the whole text, wrapped, not cut");
            Assert.That(pdfText.IndexOf(ReportService.ProposalsHeading, StringComparison.Ordinal), Is.GreaterThan(pdfText.IndexOf(ReportService.PlanHeading, StringComparison.Ordinal)));
            Assert.That(audit.Select(a => a.Action), Does.Contain("report.proposals"));
            Assert.That(pngs, Has.Count.EqualTo(3), "trend, five-category distribution, industry mix");
            Assert.That(pngs, Has.All.Matches<byte[]>(p => p!.Length > 1000 && p.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })), "real PNGs");
            Assert.That(after.Sections.Where(s => s.Chart is not null).Select(s => s.Heading),
                Is.EqualTo(new[] { ReportService.TrendHeading, ReportService.MigrationHeading, ReportService.IndustryHeading }));
            Assert.That(pdfImages, Is.EqualTo(3), "the PDF draws the three charts");
        });
    }

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }

    [GeneratedRegex("<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex DataUri();
}
