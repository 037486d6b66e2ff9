using System.Security.Cryptography;
using System.Text.Json;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>The statistics archive (issue #18, 第8–9条): each approved batch filed by year, quarter and month, read back by `archive list` and `archive show`, and reported on by `report`.</summary>
public sealed class ArchiveCommandTests
{
    [Test]
    public void AnApprovedBatch_IsFiledWithItsPackageFindingsExplanationsStatementAndChainHead_AndListedByYear()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json")
            .Add("ops1", "operator").Add("ops2", "operator").Add("chen", "auditor").Add("li", "branch:100001");
        Assert.That(users.As("ops1", "run", "--period", "202610").ExitCode, Is.Zero);
        var before = users.As("ops1", "archive", "list");
        users.WritesStatement("ops2", "202610");
        var approved = users.As("ops1", "approve", "--period", "202610");

        var list = users.As("chen", "archive", "list", "--year", "2026");
        var otherYear = users.As("chen", "archive", "list", "--year", "2025");
        var show = users.As("ops1", "archive", "show", "202610");
        var notFiled = users.As("ops1", "archive", "show", "202609");
        var byBranch = users.As("li", "archive", "list");
        var report = users.As("chen", "report", "--quarter", "2026Q4");
        var reportBoth = users.As("chen", "report", "--quarter", "2026Q4", "--year", "2026");
        var filed = folder.File("bank/work/archive/2026/Q4/202610/01");
        const string Package = "B0001H111000001_KHFX_20261031_01.zip";
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(filed, "manifest.json")));

        Assert.Multiple(() =>
        {
            Assert.That(before.Output, Does.Contain("已归档 0 个批次 (batches filed)。"));
            Assert.That(approved.ExitCode, Is.Zero, approved.Error);
            Assert.That(Directory.GetFiles(filed).Select(Path.GetFileName), Is.EquivalentTo(new[]
                { Package, "findings.csv", "findings.xlsx", "explanations.csv", "statement.txt", "manifest.json" }));
            Assert.That(File.ReadAllBytes(Path.Combine(filed, Package)), Is.EqualTo(File.ReadAllBytes(folder.File("bank/work/outbox/" + Package))), "the package as published");
            Assert.That(File.ReadAllText(Path.Combine(filed, "statement.txt")), Does.Contain("已核实：本月变动系正常业务增减"));
            Assert.That(manifest.RootElement.GetProperty("AuditHead").GetString() + "\n", Is.EqualTo(File.ReadAllText(folder.File($"bank/work/outbox/{Package}.audit-head"))));
            Assert.That(manifest.RootElement.GetProperty("SnapshotSm3").GetString(), Has.Length.EqualTo(64));
            Assert.That(manifest.RootElement.GetProperty("StatementBy").GetString(), Is.EqualTo("ops2"));
            Assert.That(manifest.RootElement.GetProperty("Files").EnumerateArray().Select(f => (f.GetProperty("Name").GetString(), f.GetProperty("Sha256").GetString())),
                Is.EquivalentTo(Directory.GetFiles(filed).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal))
                    .Select(f => (Path.GetFileName(f), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))).ToArray()), "each file's SHA-256 recorded");
            Assert.That(Directory.GetDirectories(folder.File("bank/work/archive/2026/Q4/202610")), Has.Length.EqualTo(1), "no temporary folder left");
            Assert.That(list.ExitCode, Is.Zero, list.Error);
            Assert.That(list.Output, Does.Contain("2026Q4 202610 第 01 批  " + Package + "  审批人 (approved by) ops1").And.Contain("已归档 1 个批次 (batches filed)。"));
            Assert.That(otherYear.Output, Does.Contain("已归档 0 个批次 (batches filed)。"));
            Assert.That(show.ExitCode, Is.Zero, show.Error);
            Assert.That(show.Output, Does.Contain("文字说明撰写人 ops2").And.Contain("审计链头 (audit chain head) " + manifest.RootElement.GetProperty("AuditHead").GetString()).And.Contain("statement.txt  sha256 "));
            Assert.That(notFiled.ExitCode, Is.EqualTo(2));
            Assert.That(notFiled.Error, Does.Contain("归档中没有 202609 的批次"));
            Assert.That(byBranch.ExitCode, Is.EqualTo(6), byBranch.Error);
            Assert.That(report.ExitCode, Is.Zero, report.Error);
            Assert.That(report.Output, Does.Contain("2026Q4 尚未结束 (in progress)：按目前已报送的 1/3 个月编制"));
            Assert.That(report.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^2..].Select(l => l.Trim()), Is.EqualTo(new[]
                { folder.File("bank/work/archive/2026/Q4/analysis-2026Q4.html"), folder.File("bank/work/archive/2026/Q4/analysis-2026Q4.pdf") }));
            Assert.That(File.Exists(folder.File("bank/work/archive/2026/Q4/analysis-2026Q4.pdf")), Is.True);
            Assert.That(reportBoth.ExitCode, Is.EqualTo(2));
        });
    }
}
