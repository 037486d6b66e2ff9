using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.MessageBuilder.Packaging;

namespace RiskReporting.Engine.Downloads;

/// <summary>
/// The batch's files for a browser (issue #15): the package (in the run folder until approval, in the outbox
/// after) and findings.xlsx. The package holds every customer's record, so only credit management and the
/// auditors take it; a branch user takes only its own branch's findings workbook.
/// </summary>
public sealed class BatchDownloadService(IStateStore store, EnginePaths paths, PackageWriter packages, FindingWorkbookService workbooks, IFileSystem fileSystem)
{
    public const string ZipType = "application/zip";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The latest batch's package, provided it still has the SHA-256 recorded when it was built.</summary>
    public async Task<BatchFile> PackageAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        RequireWholeBankReader(actor);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        if (run.PackageName is null)
        {
            throw new RefusalException(RefusalCode.NotFound, $"{period} 第 {run.Batch:D2} 批没有报文 (no package was built)：该批次状态为 {RunStateNames.Of(run.State)}。");
        }

        var folder = run.State == RunState.Published ? paths.OutboxDirectory : paths.RunDirectory(period, run.Batch);
        var path = fileSystem.Path.Combine(folder, run.PackageName);
        if (!fileSystem.File.Exists(path) || packages.Sha256Of(path) != run.PackageSha256)
        {
            throw new InvalidOperationException($"报文 {path} 缺失或其 SHA-256 与生成时记录的不符 (package missing or changed)。");
        }

        return new BatchFile(path, run.PackageName, ZipType);
    }

    /// <summary>The latest batch's findings.xlsx; a branch user's is its own branch's findings only (written as `findings --branch` writes it).</summary>
    public async Task<BatchFile> FindingsWorkbookAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRecordReader(actor);
        var branch = actor.BranchCode;
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        var path = fileSystem.Path.Combine(paths.RunDirectory(period, run.Batch), "findings.xlsx");
        if (branch is not null || !fileSystem.File.Exists(path))
        {
            path = await workbooks.WriteAsync(period, branch, actor, cancellationToken);
        }

        return new BatchFile(path, $"{period}-{run.Batch:D2}-{fileSystem.Path.GetFileName(path)}", XlsxType);
    }

    private static void RequireWholeBankReader(Actor actor)
    {
        Roles.RequireRecordReader(actor);
        if (actor.BranchCode is not null)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"'{actor}' 不能下载整行报文：报文含所有机构的客户 (the package holds every branch's customers)，需要角色 (needs the role) operator 或 auditor。");
        }
    }
}
