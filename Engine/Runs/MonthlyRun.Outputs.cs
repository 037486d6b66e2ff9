using RiskReporting.Core.Runs;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Runs;

public sealed partial class MonthlyRun
{
    /// <summary>The period's active overrides (补录) on top of the snapshot, each logged; which ones applied is stored with the findings.</summary>
    private async Task<(PeriodSnapshot Reported, IReadOnlyList<Override> Applied)> ApplyOverridesAsync(RunContext context, PeriodSnapshot snapshot, CancellationToken cancellationToken)
    {
        var (reported, applied, unmatched) = OverrideApplication.Apply(snapshot, await store.OverridesForAsync(context.Run.Period, cancellationToken));
        foreach (var o in applied)
        {
            context.Log.Write($"补录 (override) {o.Id} 已应用 (applied)：{o.Part} {o.Key} {o.Field}，补录人 {o.By}（{o.Reason}）");
        }

        foreach (var o in unmatched)
        {
            context.Log.Write($"补录 (override) {o.Id} 未应用 (NOT applied)：本次运行的 {o.Part} 没有记录 {o.Key}");
        }

        return (reported, applied);
    }

    /// <summary>
    /// findings.xlsx beside findings.csv, for people (ADR 0012): Chinese headers, customer names, units, text cells.
    /// The branch names come from the snapshot (the branches query's branch_name).
    /// </summary>
    private void WriteFindingsWorkbook(RunContext context, PeriodSnapshot snapshot, IReadOnlyList<Validation.Findings.Finding> findings) =>
        Validation.Findings.FindingsWorkbook.Write(fileSystem, fileSystem.Path.Combine(context.Directory, "findings.xlsx"), findings,
            Validation.Findings.FindingCustomers.Of(snapshot, findings), snapshot.BranchNames);

    /// <summary>A run that cannot go on: the cause in its log, the service log and the store; nothing is published.</summary>
    private async Task<RunOutcome> FailAsync(RunContext context, string cause, CancellationToken cancellationToken)
    {
        context.Log.Write(RunFailure.LogLine(cause));
        logger.RunFailed(context.Run.Period.ToString(), context.Run.RunId, cause);
        try
        {
            await MoveAsync(context, context.Run with { State = RunState.Failed, Failure = cause }, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException)
        {
            // The store cannot take the failure either (still locked, its disk full): run.log and the exception carry both causes; the
            // run stays in progress in the store, and the next `run` of the period replaces it.
            var both = cause + "；状态库也未能记录 FAILED (could not record)：" + RunFailure.Describe("记录失败原因 (recording the failure)", e, paths.StateStore.ToString(), engine.Value.StateStoreBusySeconds);
            context.Log.Write(RunFailure.LogLine(both));
            throw new InvalidOperationException(both, e);
        }

        return new RunOutcome(context.Run, context.Directory, null, [], null, cause);
    }

    /// <summary>A package the conformance gate refuses: every problem in run.log, the package renamed ….zip.rejected, the run FAILED; never offered for approval.</summary>
    private async Task<RunOutcome> RejectAsync(RunContext context, string packagePath, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        foreach (var problem in problems)
        {
            context.Log.Write("合规问题 (conformance)：" + problem);
        }

        var rejected = gate.Reject(packagePath);
        var outcome = await FailAsync(context, Conformance.ConformanceGate.Cause(fileSystem.Path.GetFileName(packagePath), rejected, problems), cancellationToken);
        return outcome with { ConformanceProblems = problems };
    }

    private Validation.Catalogue.RuleCatalogue LoadCatalogue() =>
        Validation.Catalogue.RuleCatalogue.Load(fileSystem, paths.CatalogueFile, Validation.SnapshotValidator.Implemented);

    private static IReadOnlyList<(string Part, int Records)> Counts(PeriodSnapshot snapshot) => [.. snapshot.Records.Select(p => (p.Key, p.Value.Count))];

    private async Task MoveAsync(RunContext context, RunRecord run, CancellationToken cancellationToken)
    {
        await store.UpdateRunAsync(run, cancellationToken);
        context.Run = run;
    }

    /// <summary>A rerun replaces an unpublished batch: its old package and findings must not linger beside the new ones (a resumed run keeps its log; the spill folder is cleared by its SpillArea).</summary>
    private void ClearPreviousOutputs(string directory, bool keepLog)
    {
        if (fileSystem.Directory.Exists(directory))
        {
            foreach (var file in fileSystem.Directory.GetFiles(directory).Where(f => !keepLog || fileSystem.Path.GetFileName(f) != "run.log"))
            {
                fileSystem.File.Delete(file);
            }
        }

        fileSystem.Directory.CreateDirectory(directory);
    }

    /// <summary>A cancelled run publishes nothing: a package finished just before the cancellation goes too.</summary>
    private void DeletePackages(string directory)
    {
        foreach (var file in fileSystem.Directory.GetFiles(directory, "*.zip*"))
        {
            fileSystem.File.Delete(file);
        }
    }
}
