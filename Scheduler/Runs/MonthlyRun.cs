using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Spill;
using RiskReporting.Core.State;
using RiskReporting.Extraction;
using RiskReporting.Extraction.Ledger;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Scheduler.Runs;

/// <summary>
/// The monthly job of one period: extract the month-end position, check it, build the package when no
/// ERROR finding stands. Outputs go to WORK/YYYYMM/BATCH/ (run.log, findings.csv, the package); the run's
/// state and result are recorded in the state store. A failure records its cause and publishes nothing.
/// </summary>
public sealed class MonthlyRun(IFileSystem fileSystem, TimeProvider clock, ILogger<MonthlyRun> logger)
{
    private const string SpillFolder = "spill";

    /// <param name="correctionReason">Set for `correct`: the run becomes batch N+1 of a published period and carries a correction file.</param>
    /// <exception cref="PeriodLockedException">Another run (a manual one, or the scheduler on another node) holds the period.</exception>
    public async Task<RunOutcome?> ExecuteAsync(EngineSettings settings, IStateStore store, ReportingPeriod period, string user, CancellationToken cancellationToken, string? correctionReason = null)
    {
        await using var lease = await PeriodLease.AcquireAsync(store, period, TimeSpan.FromMinutes(settings.Scheduler.LeaseMinutes), cancellationToken);
        return await ExecuteLockedAsync(settings, store, period, user, correctionReason, cancellationToken);
    }

    private async Task<RunOutcome?> ExecuteLockedAsync(EngineSettings settings, IStateStore store, ReportingPeriod period, string user, string? correctionReason, CancellationToken cancellationToken)
    {
        var interrupted = (await store.ListRunsAsync(period, cancellationToken)).FirstOrDefault(r => r.State.IsInProgress());

        // A run killed while validating had committed its snapshot: it goes on from there rather than extracting
        // again. A correction is not resumed by `run`; `correct` starts it afresh with its reason.
        var stored = correctionReason is null && interrupted is { State: RunState.Validating } && await store.CorrectionOfAsync(interrupted.RunId, cancellationToken) is null
            ? await store.LoadSnapshotAsync(interrupted.RunId, period, cancellationToken)
            : null;
        var run = stored is not null ? interrupted
            : correctionReason is null ? await store.StartRunAsync(period, user, cancellationToken)
            : await store.StartCorrectionAsync(period, user, correctionReason, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var directory = fileSystem.Path.Combine(settings.WorkDirectory, period.ToString(), run.Batch.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        ClearPreviousOutputs(directory, keepLog: stored is not null);
        var log = new RunLog(fileSystem, clock, fileSystem.Path.Combine(directory, "run.log"));

        // Large parts are sorted on disk beside the run's outputs; the folder goes when the run ends, and a killed run's is cleared by the next.
        using var spill = new SpillArea(fileSystem, fileSystem.Path.Combine(directory, SpillFolder)) { RecordsInMemory = settings.Extraction.RecordsInMemory };
        if (stored is not null)
        {
            log.Write($"run {run.RunId} of {period} batch {run.Batch:D2} resumed by {user} from validation: interrupted while {run.State}, its snapshot ({stored.RecordCount} records, rule set {stored.RuleSetVersion}) read from the state store");
            await store.AppendAuditAsync(new AuditEntry(clock.GetUtcNow(), user, "run.resume", $"period:{period}", $"batch {run.Batch:D2} run {run.RunId} from its stored snapshot"), cancellationToken);
            Validation.Catalogue.RuleCatalogue catalogue;
            try
            {
                catalogue = LoadCatalogue(settings);
            }
            catch (Validation.Catalogue.CatalogueException e)
            {
                return await FailAsync(store, run, directory, log, e.Message, cancellationToken);
            }

            return await ValidateAndPackageAsync(settings, catalogue, store, run, stored, directory, log, spill, cancellationToken);
        }

        return await ExtractAsync(settings, store, run, interrupted, directory, log, spill, cancellationToken);
    }

    /// <summary>A fresh extraction from the source at D, stored as the run's snapshot before anything is checked.</summary>
    private async Task<RunOutcome> ExtractAsync(EngineSettings settings, IStateStore store, RunRecord run, RunRecord? interrupted, string directory, RunLog log, SpillArea spill, CancellationToken cancellationToken)
    {
        var period = run.Period;
        log.Write($"run {run.RunId} of {period} batch {run.Batch:D2} started by {run.StartedBy}; source {settings.Source}; rules {settings.RulesDirectory}");
        if (interrupted is not null)
        {
            // A run killed before its snapshot was stored left only uncommitted work: its snapshot, findings and files are replaced, never added to.
            log.Write($"resumes run {interrupted.RunId}, interrupted while {interrupted.State}: extraction starts again from the source at D");
        }

        run = await MoveAsync(store, run with { State = RunState.Extracting }, cancellationToken);
        PeriodSnapshot snapshot;
        Validation.Catalogue.RuleCatalogue catalogue;
        try
        {
            // The catalogue is loaded before the long extraction, so that a broken file fails the run at once.
            catalogue = LoadCatalogue(settings);
            snapshot = new MonthEndExtraction(fileSystem, clock) { SourceRetry = TimeSpan.FromSeconds(settings.Extraction.SourceRetrySeconds) }.Run(settings.Source, settings.RulesDirectory, settings.InboxDirectory,
                new ExtractionSettings(period, settings.Extraction.LargeExposureThresholdWan), spill);
        }
        catch (LedgerNotArrivedException e)
        {
            log.Write(e.Message);
            return new RunOutcome(await MoveAsync(store, run with { State = RunState.WaitingForLedger }, cancellationToken), directory, null, [], null, e.Message);
        }
        catch (Exception e) when (e is ExtractionException or LedgerImportException or Extraction.Rules.RuleFileException or Validation.Catalogue.CatalogueException or IOException)
        {
            return await FailAsync(store, run, directory, log, e.Message, cancellationToken);
        }

        log.Write($"read {snapshot.SourceRowsRead} source rows; extracted {snapshot.RecordCount} records with rule set {snapshot.RuleSetVersion}: " + string.Join(", ", snapshot.Records.Select(p => $"{p.Key} {p.Value.Count}")));
        var spilled = snapshot.Records.Select(p => (p.Key, Runs: (p.Value as SortedCollection<Core.Reports.ReportRecord>)?.SpilledRuns ?? 0)).Where(p => p.Runs > 0).Select(p => $"{p.Key} {p.Runs} runs").ToList();
        log.Write(spilled.Count == 0 ? "every part sorted in memory" : $"sorted on disk (more than {settings.Extraction.RecordsInMemory} records held): {string.Join(", ", spilled)}");
        await store.SaveSnapshotAsync(run.RunId, snapshot, cancellationToken);
        log.Write("snapshot stored: " + string.Join(", ", snapshot.SourceFingerprints.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value.Rows} rows {f.Value.Sha256[..12]}")));
        run = await MoveAsync(store, run with { State = RunState.Validating, RuleSetVersion = snapshot.RuleSetVersion }, cancellationToken);
        return await ValidateAndPackageAsync(settings, catalogue, store, run, snapshot, directory, log, spill, cancellationToken);
    }

    /// <summary>From a stored snapshot on: overrides, findings, and the package (with its correction file) when no ERROR stands.</summary>
    private async Task<RunOutcome> ValidateAndPackageAsync(EngineSettings settings, Validation.Catalogue.RuleCatalogue catalogue, IStateStore store, RunRecord run, PeriodSnapshot snapshot, string directory, RunLog log, SpillArea spill, CancellationToken cancellationToken)
    {
        var period = run.Period;
        (snapshot, var applied) = await ApplyOverridesAsync(store, run, snapshot, log, cancellationToken);
        var previousRun = (await store.ListRunsAsync(period.Previous, cancellationToken))
            .Where(r => r.State is RunState.Approved or RunState.Published).MaxBy(r => r.Batch);
        var previous = previousRun is null ? null : await store.LoadRecordsAsync(previousRun.RunId, Validation.Sets.CrossPeriodRules.PreviousParts, cancellationToken);
        var crossPeriod = previousRun is null
            ? $"跨期校验未执行：引擎中没有 {period.Previous} 的已审批批次"
            : $"跨期校验：与 {period.Previous} 批次 {previousRun.Batch:D2} 比较";
        log.Write(previousRun is null ? $"cross-period rules skipped: no approved batch of {period.Previous}" : $"cross-period rules against {period.Previous} batch {previousRun.Batch:D2}");
        var findings = new Validation.SnapshotValidator(catalogue, settings.Validation, spill).Validate(snapshot, previous);
        await store.SaveFindingsAsync(run.RunId, findings.Select(f => new StoredFinding(f.Rule, f.Severity == Severity.Error ? "ERROR" : "WARNING", f.Part, f.Key, f.Field, f.Value, f.Branch, f.Message)), cancellationToken);
        FindingsFile.Write(fileSystem, fileSystem.Path.Combine(directory, "findings.csv"), findings);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        log.Write($"findings: {errors} ERROR, {findings.Count - errors} WARNING, {Validation.SnapshotValidator.Implemented.Count} rules of the catalogue checked");
        if (errors > 0)
        {
            return new RunOutcome(await MoveAsync(store, run with { State = RunState.Blocked }, cancellationToken), directory, Counts(snapshot), findings, null, crossPeriod) { Overrides = applied };
        }

        var correction = await ReportedBatch.CorrectionAsync(store, run, snapshot.Records, cancellationToken);
        if (correction is { Entries.Count: 0 })
        {
            await store.DeleteRunAsync(run.RunId, cancellationToken);
            fileSystem.Directory.Delete(directory, recursive: true);
            return new RunOutcome(run with { State = RunState.Failed }, directory, Counts(snapshot), findings, null, $"nothing changed since {period} batch {run.Batch - 1:D2}: no correction is built") { NothingChanged = true };
        }

        if (correction is not null)
        {
            log.Write($"correction of batch {run.Batch - 1:D2}: " + string.Join(", ", correction.Entries.GroupBy(e => (e.Part, e.Action)).Select(g => $"{g.Key.Part} {g.Key.Action} {g.Count()}")));
        }

        var package = new PackageWriter(fileSystem).Write(directory, new MessageHeader(settings.Engine.Org, period, run.Batch), snapshot.Records, correction);
        log.Write($"package {fileSystem.Path.GetFileName(package.Path)} sha256 {package.Sha256}");
        run = await MoveAsync(store, run with { State = RunState.AwaitingApproval, PackageName = fileSystem.Path.GetFileName(package.Path), PackageSha256 = package.Sha256 }, cancellationToken);
        logger.PackageBuilt(period.ToString(), run.RunId, package.Sha256);
        return new RunOutcome(run, directory, Counts(snapshot), findings, package, crossPeriod) { Overrides = applied };
    }

    /// <summary>The period's active overrides (补录) on top of the snapshot, each logged; which ones applied is stored with the run.</summary>
    private static async Task<(PeriodSnapshot Reported, IReadOnlyList<Override> Applied)> ApplyOverridesAsync(IStateStore store, RunRecord run, PeriodSnapshot snapshot, RunLog log, CancellationToken cancellationToken)
    {
        var (reported, applied, unmatched) = OverrideApplication.Apply(snapshot, await store.OverridesForAsync(run.Period, cancellationToken));
        foreach (var o in applied)
        {
            log.Write($"override {o.Id} applied: {o.Part} {o.Key} {o.Field} by {o.By} ({o.Reason})");
        }

        foreach (var o in unmatched)
        {
            log.Write($"override {o.Id} NOT applied: {o.Part} has no record {o.Key} this run");
        }

        await store.SaveAppliedOverridesAsync(run.RunId, applied.Select(o => o.Id), cancellationToken);
        return (reported, applied);
    }

    /// <summary>A run that cannot go on: the cause in its log, the service log and the store; nothing is published.</summary>
    private async Task<RunOutcome> FailAsync(IStateStore store, RunRecord run, string directory, RunLog log, string cause, CancellationToken cancellationToken)
    {
        log.Write("FAILED: " + cause);
        logger.RunFailed(run.Period.ToString(), run.RunId, cause);
        return new RunOutcome(await MoveAsync(store, run with { State = RunState.Failed, Failure = cause }, cancellationToken), directory, null, [], null, cause);
    }

    private Validation.Catalogue.RuleCatalogue LoadCatalogue(EngineSettings settings) =>
        Validation.Catalogue.RuleCatalogue.Load(fileSystem, settings.CatalogueFile, Validation.SnapshotValidator.Implemented);

    private static IReadOnlyList<(string Part, int Records)> Counts(PeriodSnapshot snapshot) => [.. snapshot.Records.Select(p => (p.Key, p.Value.Count))];

    private static async Task<RunRecord> MoveAsync(IStateStore store, RunRecord run, CancellationToken cancellationToken)
    {
        await store.UpdateRunAsync(run, cancellationToken);
        return run;
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
}
