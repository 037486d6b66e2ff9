using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Downloads;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Downloads;

/// <summary>The batch's files for a browser: the package wherever approval left it, findings.xlsx, and a branch user only its own branch's findings.</summary>
public sealed class BatchDownloadServiceTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ThePackageComesFromTheRunFolderThenTheOutbox_AndABranchUserGetsOnlyItsOwnFindings()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var branch = await engine.LogInAsync("li", "branch:100001");
        var run = await engine.Get<RunService>().RunAsync(October, ops1);
        var downloads = engine.Get<BatchDownloadService>();

        var before = await downloads.PackageAsync(October, ops1);
        await Approvals.WriteStatementAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var after = await downloads.PackageAsync(October, ops1);
        var workbook = await downloads.FindingsWorkbookAsync(October, ops1);
        var branchWorkbook = await downloads.FindingsWorkbookAsync(October, branch);
        var branchPackage = await Assert.ThrowsAsync<RefusalException>(() => downloads.PackageAsync(October, branch));

        Assert.Multiple(() =>
        {
            Assert.That(before.Path, Is.EqualTo(Path.Combine(engine.WorkDirectory, "202610", "01", run.Run.PackageName!)));
            Assert.That(after.Path, Is.EqualTo(Path.Combine(engine.WorkDirectory, "outbox", run.Run.PackageName!)), "after approval the package is in the outbox");
            Assert.That(after.ContentType, Is.EqualTo("application/zip"));
            Assert.That(workbook.Path, Is.EqualTo(Path.Combine(engine.WorkDirectory, "202610", "01", "findings.xlsx")));
            Assert.That(branchWorkbook.Path, Is.EqualTo(Path.Combine(engine.WorkDirectory, "202610", "01", "findings-100001.xlsx")));
            Assert.That(branchPackage!.Code, Is.EqualTo(RefusalCode.NotAllowed), "the package holds every branch's customers");
        });
    }
}
