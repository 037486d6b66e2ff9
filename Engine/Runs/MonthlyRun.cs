using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Runs;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Spill;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;
using RiskReporting.Extraction;
using RiskReporting.Extraction.Configuration;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.Validation;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// The monthly job of one period: extract the month-end position, check it, build the package when no
/// ERROR finding stands. Outputs go to WORK/YYYYMM/BATCH/ (run.log, findings.csv, the package); the run's
/// state and result are recorded in the state store. A failure records its cause and publishes nothing; so
/// does a cancelled run (cause "cancelled"), which leaves no package, temporary file or spill behind.
/// Each thing is read from the state store once per run: the period's runs, the correction base, last month's batch.
/// </summary>
public sealed partial class MonthlyRun(
    IFileSystem fileSystem,
    TimeProvider clock,
    ILogger<MonthlyRun> logger,
    IStateStore store,
    EnginePaths paths,
    IOptions<EngineOptions> engine,
    IOptions<ExtractionOptions> extraction,
    IOptions<ValidationOptions> validation,
    IOptions<SchedulerOptions> scheduler,
    MonthEndExtraction extractor,
    PackageWriter packageWriter,
    Conformance.ConformanceGate gate)
{
    private const string SpillFolder = "spill";

    /// <returns>The outcome; null only for <see cref="RunRequest.UnlessRun"/> when the period already has its run.</returns>
    /// <exception cref="RefusalException">The period is published (or, for a correction, has nothing published), or another run holds it.</exception>
    public async Task<RunOutcome?> ExecuteAsync(RunRequest request, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        PeriodLease lease;
        try
        {
            lease = await PeriodLease.AcquireAsync(store, request.Period, TimeSpan.FromMinutes(scheduler.Value.LeaseMinutes), cancellationToken);
        }
        catch (PeriodLockedException e)
        {
            logger.PeriodLocked(request.Period.ToString(), e.Holder);
            throw new RefusalException(RefusalCode.StateConflict, e.Message, e);
        }

        await using (lease)
        {
            return await ExecuteLockedAsync(request, new RunProgressReporter(progress, clock), cancellationToken);
        }
    }

    private async Task<RunOutcome?> ExecuteLockedAsync(RunRequest request, RunProgressReporter progress, CancellationToken cancellationToken)
    {
        var period = request.Period;
        var runs = await store.ListRunsAsync(period, cancellationToken);
        if (request.UnlessRun && runs.Any(r => !r.State.IsInProgress()))
        {
            return null;
        }

        var interrupted = runs.FirstOrDefault(r => r.State.IsInProgress());

        // A run killed while validating had committed its snapshot: it goes on from there rather than extracting
        // again. A correction is not resumed by `run`; `correct` starts it afresh with its reason.
        var stored = request.CorrectionReason is null && interrupted is { State: RunState.Validating } && await store.CorrectionOfAsync(interrupted.RunId, cancellationToken) is null
            ? await store.LoadSnapshotAsync(interrupted.RunId, period, cancellationToken)
            : null;
        var correction = request.CorrectionReason is { } reason && runs.Where(r => r.State == RunState.Published).MaxBy(r => r.Batch) is { } published
            ? new CorrectionBase(published, reason)
            : null;
        var parameters = await ParametersAsync(stored is not null ? interrupted : null, correction, cancellationToken);
        var run = stored is not null ? interrupted : await StartAsync(request, correction, cancellationToken);
        await store.SaveBatchParametersAsync(run!.RunId, parameters, cancellationToken);
        var directory = paths.RunDirectory(period, run.Batch);
        ClearPreviousOutputs(directory, keepLog: stored is not null);

        // Large parts are sorted on disk beside the run's outputs; the folder goes when the run ends, and a killed run's is cleared by the next.
        using var spill = new SpillArea(fileSystem, fileSystem.Path.Combine(directory, SpillFolder)) { RecordsInMemory = extraction.Value.RecordsInMemory };
        using var context = new RunContext(run, directory, new RunLog(fileSystem, clock, fileSystem.Path.Combine(directory, "run.log")), spill, progress, cancellationToken) { Parameters = parameters };
        try
        {
            return stored is not null
                ? await ResumeAsync(context, stored, request.StartedBy, cancellationToken)
                : await ExtractAsync(context, interrupted, correction, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.AbandonWritesAsync();
            DeletePackages(directory);
            return await FailAsync(context, RunFailure.Cancelled, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException and not RefusalException)
        {
            // Whatever fails after the run started ends it FAILED with its cause (issue #13): a full disk, a locked store, a failed write.
            // Nothing half-made stays: no package or .tmp here (the spill area goes when it is disposed).
            await context.AbandonWritesAsync();
            DeletePackages(directory);
            return await FailAsync(context, RunFailure.Describe(context.Step, e, paths.StateStore.ToString(), engine.Value.StateStoreBusySeconds), CancellationToken.None);
        }
        finally
        {
            // A refusal on the way out, too, leaves no write of this run behind it still holding the store.
            await context.AbandonWritesAsync();
        }
    }

    /// <summary>A new batch: batch 01 or the unpublished batch it replaces, or for a correction batch N+1; refused otherwise.</summary>
    private async Task<RunRecord> StartAsync(RunRequest request, CorrectionBase? correction, CancellationToken cancellationToken)
    {
        var period = request.Period;
        if (request.CorrectionReason is null)
        {
            return await store.StartRunAsync(period, request.StartedBy, cancellationToken)
                ?? throw new RefusalException(RefusalCode.StateConflict, $"{period} 已报送 (already published)；更改请走订正 `riskreport correct --period {period}`。");
        }

        return (correction is null ? null : await store.StartCorrectionAsync(period, request.StartedBy, request.CorrectionReason, cancellationToken))
            ?? throw new RefusalException(RefusalCode.StateConflict, $"{period} 没有已报送的批次可订正 (no published batch)；请用 `riskreport run --period {period}`。");
    }

    /// <summary>
    /// What the batch is built with: a correction keeps the ORG and scope threshold of the batch it corrects (issue #13), and a configured value
    /// that disagrees is refused naming both; a resumed run keeps its own; a new batch takes the configuration.
    /// </summary>
    private async Task<BatchParameters> ParametersAsync(RunRecord? resumed, CorrectionBase? correction, CancellationToken cancellationToken)
    {
        var configured = new BatchParameters(engine.Value.Org, extraction.Value.LargeExposureThresholdWan);
        if (resumed is not null)
        {
            return await store.BatchParametersAsync(resumed.RunId, cancellationToken) ?? configured;
        }

        if (correction is null)
        {
            return configured;
        }

        var published = correction.Published;

        // A batch published before parameters were recorded (migration 0006) still names its ORG in its package; its threshold is not known.
        var recorded = await store.BatchParametersAsync(published.RunId, cancellationToken)
            ?? new BatchParameters(published.PackageName![..15], configured.LargeExposureThresholdWan);
        var conflicts = new List<string>();
        if (recorded.Org != configured.Org)
        {
            conflicts.Add($"Engine:Org 为 '{configured.Org}'，但第 {published.Batch:D2} 批报送时的 ORG 为 '{recorded.Org}'");
        }

        if (recorded.LargeExposureThresholdWan != configured.LargeExposureThresholdWan)
        {
            conflicts.Add($"Extraction:LargeExposureThresholdWan 为 {configured.LargeExposureThresholdWan.ToString(System.Globalization.CultureInfo.InvariantCulture)}，但第 {published.Batch:D2} 批生成时为 {recorded.LargeExposureThresholdWan.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return conflicts.Count == 0
            ? recorded
            : throw new RefusalException(RefusalCode.InvalidConfiguration,
                $"{string.Join("；", conflicts)}。{published.Period} 的订正 (correction) 沿用所订正批次的参数 (batch parameters)：请改回配置，或先向监管报告该变更。");
    }

    /// <summary>A run interrupted after its snapshot was stored goes on from that snapshot.</summary>
    private async Task<RunOutcome> ResumeAsync(RunContext context, PeriodSnapshot stored, string user, CancellationToken cancellationToken)
    {
        var run = context.Run;
        context.Log.Write($"运行 (run) {run.RunId}：{run.Period} 第 {run.Batch:D2} 批，由 {user} 从校验起接续 (resumed from validation)，中断于 (interrupted while) {RunStateNames.Of(run.State)}；快照（{stored.RecordCount} 条记录，规则集 {stored.RuleSetVersion}）读自状态库");
        await store.AppendAuditAsync(new AuditEntry(clock.GetUtcNow(), user, "run.resume", $"period:{run.Period}", $"第 {run.Batch:D2} 批，运行 (run) {run.RunId} 从存储的快照接续 (from its stored snapshot)"), cancellationToken);
        Validation.Catalogue.RuleCatalogue catalogue;
        try
        {
            catalogue = LoadCatalogue();
        }
        catch (Validation.Catalogue.CatalogueException e)
        {
            return await FailAsync(context, e.Message, cancellationToken);
        }

        return await ValidateAndPackageAsync(context, catalogue, stored, null, cancellationToken);
    }
}
