using UglyToad.PdfPig;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>`report --quarter Q --proposals FILE` (issue #18, 第19条): an operator stores the improvement proposals the report ends with; an auditor may not.</summary>
public sealed class ReportProposalsCommandTests
{
    [Test]
    public void AnOperatorsProposals_AreStoredWithTheReport_AndEndItsHtmlAndPdf()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--periods", "202609");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").Add("chen", "auditor");
        Assert.That(users.As("ops1", "run", "--period", "202609").ExitCode, Is.Zero);
        users.WritesStatement("ops2", "202609");
        Assert.That(users.As("ops1", "approve", "--period", "202609").ExitCode, Is.Zero);
        const string Proposal = "加强制造业授信集中度管理，按季复核前十大客户限额。";
        File.WriteAllText(folder.File("proposals.txt"), Proposal + "\n");

        var byAuditor = users.As("chen", "report", "--quarter", "2026Q3", "--proposals", "proposals.txt");
        var written = users.As("ops1", "report", "--quarter", "2026Q3", "--proposals", "proposals.txt");
        var html = File.ReadAllText(folder.File("bank/work/archive/2026/Q3/analysis-2026Q3.html"));
        using var pdf = PdfDocument.Open(folder.File("bank/work/archive/2026/Q3/analysis-2026Q3.pdf"));
        var pdfText = string.Concat(pdf.GetPages().Select(p => p.Text));
        var audit = users.As("chen", "audit", "list", "--actor", "ops1");

        Assert.Multiple(() =>
        {
            Assert.That(byAuditor.ExitCode, Is.EqualTo(6), byAuditor.Error);
            Assert.That(written.ExitCode, Is.Zero, written.Error);
            Assert.That(written.Output, Does.Contain("2026Q3：改进建议已由 ops1 保存 (proposals stored)。"));
            Assert.That(html.IndexOf(Proposal, StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("十二、改进建议", StringComparison.Ordinal)).And.GreaterThan(0));
            Assert.That(pdfText.Replace(" ", string.Empty, StringComparison.Ordinal), Does.EndWith(Proposal), "the PDF ends with the proposals");
            Assert.That(html, Does.Contain("<img alt=\"各月授信额度与贷款余额（万元）\""), "the trend chart is in the page");
            Assert.That(audit.Output, Does.Contain("report.proposals"));
        });
    }
}
