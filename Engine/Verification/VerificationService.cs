using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;

namespace RiskReporting.Engine.Verification;

/// <summary>
/// `verify`: prove a past submission by rebuilding its package from the stored snapshot, the overrides it applied and its correction file, and
/// comparing it with the SHA-256 recorded when it was built and with every copy that should exist (issue #13): the run folder's until
/// approval, the outbox's after it (approval moves the file). Editing the snapshot and the recorded SHA-256 together does not pass, because
/// the copy the regulator received still differs.
/// </summary>
public sealed class VerificationService(IStateStore store, PackageWriter packages, IFileSystem fileSystem, EnginePaths paths, TimeProvider clock)
{
    public async Task<VerificationResult> VerifyAsync(ReportingPeriod period, int batch, Actor actor, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Roles.RequireReader(actor);
        var runs = await store.ListRunsAsync(period, cancellationToken);
        var run = runs.SingleOrDefault(r => r.Batch == batch) ?? throw new RefusalException(RefusalCode.NotFound, $"{period} 没有第 {batch:D2} 批 (no such batch)。");
        if (run.PackageName is null || run.PackageSha256 is null)
        {
            throw new RefusalException(RefusalCode.NotFound, $"{period} 第 {run.Batch:D2} 批未生成报文 (built no package)，状态 {Core.Runs.RunStateNames.Of(run.State)}。");
        }

        var steps = new RunProgressReporter(progress, clock);
        var loaded = steps.Step(RunProgress.Load);
        var records = await ReportedBatch.RecordsAsync(store, run, cancellationToken);
        var correction = await ReportedBatch.CorrectionAsync(store, run, runs, records, cancellationToken);
        var total = records.Count;
        loaded?.Report(total);
        var scratch = fileSystem.Path.Combine(fileSystem.Path.GetTempPath(), "riskreport-verify-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var rebuilt = packages.Write(scratch, new MessageHeader(run.PackageName[..15], period, run.Batch), records, correction, steps.Step(RunProgress.Package, total), cancellationToken);
            var compared = steps.Step(RunProgress.Compare, 1);
            var problems = new List<string>();
            if (rebuilt.Sha256 != run.PackageSha256)
            {
                problems.Add($"重建的报文（sha256 {rebuilt.Sha256}）与生成时记录的 SHA-256（{run.PackageSha256}）不同 (differs)");
            }

            foreach (var (copy, where) in await CopiesAsync(run, cancellationToken))
            {
                if (!fileSystem.File.Exists(copy))
                {
                    problems.Add($"{where}中的副本 {copy} 缺失 (missing)");
                }
                else if (packages.Sha256Of(copy) is var found && found != rebuilt.Sha256)
                {
                    problems.Add($"{where}中的副本 {copy}（sha256 {found}）与重建的报文（sha256 {rebuilt.Sha256}）不同 (differs)");
                }
            }

            compared?.Report(1);
            return new VerificationResult(run.PackageName, run.PackageSha256, rebuilt.Sha256, problems);
        }
        finally
        {
            if (fileSystem.Directory.Exists(scratch))
            {
                fileSystem.Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>Where the package should be: the outbox file the approval recorded once published, else the run folder's until approval; nothing for a batch that never offered one.</summary>
    private async Task<IReadOnlyList<(string Path, string Where)>> CopiesAsync(Core.Runs.RunRecord run, CancellationToken cancellationToken) => run.State switch
    {
        Core.Runs.RunState.Published or Core.Runs.RunState.Approved =>
            [(await store.OutboxPathAsync(run.RunId, cancellationToken) ?? fileSystem.Path.Combine(paths.OutboxDirectory, run.PackageName!), "报送目录 (outbox) ")],
        Core.Runs.RunState.AwaitingApproval => [(fileSystem.Path.Combine(paths.RunDirectory(run.Period, run.Batch), run.PackageName!), "运行文件夹 (run folder) ")],
        _ => [],
    };
}
