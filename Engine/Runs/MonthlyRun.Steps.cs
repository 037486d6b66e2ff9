using RiskReporting.Core.Runs;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Spill;
using RiskReporting.Core.State;
using RiskReporting.Extraction;
using RiskReporting.Extraction.Ledger;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Engine.Runs;

public sealed partial class MonthlyRun
{
    /// <summary>A fresh extraction from the source at D, stored as the run's snapshot before anything is checked.</summary>
    private async Task<RunOutcome> ExtractAsync(RunContext context, RunRecord? interrupted, CorrectionBase? correction, CancellationToken cancellationToken)
    {
        var (run, log) = (context.Run, context.Log);
        log.Write($"运行 (run) {run.RunId}：{run.Period} 第 {run.Batch:D2} 批，发起人 (started by) {run.StartedBy}；数据源 (source) {paths.Source}；规则 (rules) {paths.RulesDirectory}；ORG {context.Parameters.Org}，入围阈值 (scope threshold) {context.Parameters.LargeExposureThresholdWan.ToString(System.Globalization.CultureInfo.InvariantCulture)} 万元");
        if (interrupted is not null)
        {
            // A run killed before its snapshot was stored left only uncommitted work: its snapshot, findings and files are replaced, never added to.
            log.Write($"接续运行 (resumes run) {interrupted.RunId}，中断于 (interrupted while) {RunStateNames.Of(interrupted.State)}：从数据日 D 的源数据重新抽取");
        }

        await MoveAsync(context, run with { State = RunState.Extracting }, cancellationToken);
        context.Step = $"从 {paths.Source} 抽取 (extracting)";
        PeriodSnapshot snapshot;
        Validation.Catalogue.RuleCatalogue catalogue;
        try
        {
            // The catalogue is loaded before the long extraction, so that a broken file fails the run at once.
            catalogue = LoadCatalogue();
            var rowsRead = context.Progress.Step(RunProgress.Extract);
            snapshot = extractor.Run(paths.Source, paths.RulesDirectory, paths.InboxDirectory, new ExtractionSettings(run.Period, context.Parameters.LargeExposureThresholdWan),
                context.Spill, rowsRead, cancellationToken);
            rowsRead?.Report(snapshot.SourceRowsRead);
        }
        catch (LedgerNotArrivedException e)
        {
            log.Write(e.Message);
            await MoveAsync(context, context.Run with { State = RunState.WaitingForLedger }, cancellationToken);
            return new RunOutcome(context.Run, context.Directory, null, [], null, e.Message);
        }
        catch (Exception e) when (e is ExtractionException or LedgerImportException or Extraction.Rules.RuleFileException or Validation.Catalogue.CatalogueException)
        {
            // These name their file, line and field already; any other fault (a full disk while spilling, …) is described by ExecuteLockedAsync with the step.
            return await FailAsync(context, e.Message, cancellationToken);
        }

        QueueStore(context, snapshot);
        return await ValidateAndPackageAsync(context, catalogue, snapshot, correction, cancellationToken);
    }

    /// <summary>
    /// Stores the snapshot, and then moves the run to Validating, on the other core while validation and the package go on (ADR 0019):
    /// the run is offered for approval, blocked or replaced only once the snapshot is committed, so a run killed before that starts
    /// again from the source, and one killed after it goes on from the stored snapshot, as before.
    /// </summary>
    private void QueueStore(RunContext context, PeriodSnapshot snapshot)
    {
        var log = context.Log;
        log.Write($"读取源数据 (source rows read) {snapshot.SourceRowsRead} 行；抽取记录 (records extracted) {snapshot.RecordCount} 条，规则集 (rule set) {snapshot.RuleSetVersion}：" + string.Join(", ", snapshot.Records.Select(p => $"{p.Key} {p.Value.Count}")));
        var spilled = snapshot.Records.Select(p => (p.Key, Runs: (p.Value as SortedCollection<Core.Reports.ReportRecord>)?.SpilledRuns ?? 0)).Where(p => p.Runs > 0).Select(p => $"{p.Key} {p.Runs} 段 (runs)").ToList();
        log.Write(spilled.Count == 0 ? "各部分均在内存中排序 (sorted in memory)" : $"在磁盘上排序 (sorted on disk)，内存中超过 {extraction.Value.RecordsInMemory} 条记录：{string.Join(", ", spilled)}");

        // The step is announced here, on the run's own thread, so that every host sees the steps in the order the run takes them.
        var stored = context.Progress.Step(RunProgress.Store, snapshot.RecordCount);
        context.Queue("将快照存入状态库 (storing the snapshot)", async cancellationToken =>
        {
            await store.SaveSnapshotAsync(context.Run.RunId, snapshot, cancellationToken);
            await MoveAsync(context, context.Run with { State = RunState.Validating, RuleSetVersion = snapshot.RuleSetVersion }, cancellationToken);
            stored?.Report(snapshot.RecordCount);
            log.Write("快照已存储 (snapshot stored)：" + string.Join(", ", snapshot.SourceFingerprints.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value.Rows} 行 {f.Value.Sha256[..12]}")));
        });
    }

    /// <summary>
    /// From a snapshot on (being stored, or stored by an interrupted run): overrides, findings, and the package (with its correction file)
    /// when no ERROR stands. The package is written and checked on the other core while validation runs (ADR 0020); an ERROR discards it
    /// before the run is blocked, so a blocked run leaves no package behind.
    /// </summary>
    private async Task<RunOutcome> ValidateAndPackageAsync(RunContext context, Validation.Catalogue.RuleCatalogue catalogue, PeriodSnapshot snapshot, CorrectionBase? correction, CancellationToken cancellationToken)
    {
        context.Step = "校验快照 (validating)";
        (snapshot, var applied) = await ApplyOverridesAsync(context, snapshot, cancellationToken);
        var recordsChecked = context.Progress.Step(RunProgress.Validate, snapshot.RecordCount);
        var header = new MessageHeader(context.Parameters.Org, context.Run.Period, context.Run.Batch);
        using var packagingCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var packaging = new Packaging(fileSystem.Path.Combine(context.Directory, header.PackageStem + ".zip"));
        var packaged = Task.Run(() => PackageAsync(context, packaging, header, snapshot, correction, packagingCancel.Token), CancellationToken.None);

        IReadOnlyList<Finding> findings;
        string crossPeriod;
        try
        {
            (findings, crossPeriod) = await ValidateAsync(context, catalogue, snapshot, recordsChecked, cancellationToken);
        }
        catch
        {
            await DiscardAsync(packagingCancel, packaged, packaging);
            throw;
        }

        context.Queue("将校验发现存入状态库 (recording the findings)", async token =>
        {
            await store.SaveAppliedOverridesAsync(context.Run.RunId, applied.Select(o => o.Id), token);
            await store.SaveFindingsAsync(context.Run.RunId, findings.Select(f => new StoredFinding(f.Rule, f.Severity == Severity.Error ? "ERROR" : "WARNING", f.Part, f.Key, f.Field, f.Value, f.Branch, f.Message)), token);
        });
        var errors = findings.Count(f => f.Severity == Severity.Error);
        if (errors > 0)
        {
            await DiscardAsync(packagingCancel, packaged, packaging);
            await context.WrittenAsync();
            await MoveAsync(context, context.Run with { State = RunState.Blocked }, cancellationToken);
            return new RunOutcome(context.Run, context.Directory, Counts(snapshot), findings, null, crossPeriod) { Overrides = applied };
        }

        context.Step = packaging.Step;
        var (package, problems) = await packaged;
        if (package is null)
        {
            await context.WrittenAsync();
            var unchanged = context.Run;
            await store.DeleteRunAsync(unchanged.RunId, cancellationToken);
            fileSystem.Directory.Delete(context.Directory, recursive: true);
            return new RunOutcome(unchanged with { State = RunState.Failed }, context.Directory, Counts(snapshot), findings, null, $"自 {unchanged.Period} 第 {correction!.Published.Batch:D2} 批以来没有变化 (nothing changed)：不生成订正批次") { NothingChanged = true };
        }

        await context.WrittenAsync();
        if (problems.Count > 0)
        {
            return await RejectAsync(context, package.Path, problems, cancellationToken) with { RecordCounts = Counts(snapshot), Findings = findings, Overrides = applied };
        }

        context.Log.Write("合规检查通过 (conformance gate passed)：" + (paths.ConformanceChecker is { } checker ? $"引擎的检查器 (engine's checker) 与 {checker}" : "引擎的检查器 (engine's checker)"));
        context.Step = "在状态库登记报文包 (recording the package)";
        var run = context.Run;
        await MoveAsync(context, run with { State = RunState.AwaitingApproval, PackageName = fileSystem.Path.GetFileName(package.Path), PackageSha256 = package.Sha256 }, CancellationToken.None);
        logger.PackageBuilt(run.Period.ToString(), run.RunId, package.Sha256);
        return new RunOutcome(context.Run, context.Directory, Counts(snapshot), findings, package, crossPeriod) { Overrides = applied };
    }

    /// <summary>What the packaging beside validation is doing, in words for the run's cause if it fails there, and where its package goes.</summary>
    private sealed class Packaging(string path)
    {
        public string Path => path;

        public volatile string Step = "计算订正内容 (computing the correction)";
    }

    /// <summary>
    /// The correction's content (none changed: no package), the package and the conformance gate's problems with it. It runs beside
    /// validation, so it names its step on <paramref name="packaging"/>, not on the run, and the caller takes the step if it fails.
    /// </summary>
    private async Task<(MessageBuilder.Packaging.PackageResult? Package, IReadOnlyList<string> Problems)> PackageAsync(
        RunContext context, Packaging packaging, MessageHeader header, PeriodSnapshot snapshot, CorrectionBase? correction, CancellationToken cancellationToken)
    {
        var content = correction is null ? null : await ReportedBatch.CorrectionAsync(store, correction, snapshot.Records, cancellationToken);
        if (content is { Entries.Count: 0 })
        {
            return (null, []);
        }

        if (content is not null)
        {
            context.Log.Write($"订正第 {correction!.Published.Batch:D2} 批 (correction)：" + string.Join(", ", content.Entries.GroupBy(e => (e.Part, e.Action)).Select(g => $"{g.Key.Part} {g.Key.Action} {g.Count()}")));
        }

        packaging.Step = $"写报文包 (writing the package) {packaging.Path} 时";
        var package = packageWriter.Write(context.Directory, header, snapshot.Records, content,
            context.Progress.Step(RunProgress.Package, snapshot.RecordCount), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        context.Log.Write($"报文包 (package) {fileSystem.Path.GetFileName(package.Path)} sha256 {package.Sha256}");
        packaging.Step = $"检查报文包 (checking the package) {package.Path} 时";
        return (package, await gate.CheckAsync(package.Path, cancellationToken));
    }

    /// <summary>Stops the packaging beside validation and removes what it wrote: a run that is blocked or fails leaves no package.</summary>
    private async Task DiscardAsync(CancellationTokenSource packagingCancel, Task packaged, Packaging packaging)
    {
        await packagingCancel.CancelAsync();
        try
        {
            await packaged;
        }
        catch (Exception)
        {
            // Cancelled, or failed on its own: the run is blocked or fails for its own cause, and the package is not wanted either way.
        }

        if (fileSystem.File.Exists(packaging.Path))
        {
            fileSystem.File.Delete(packaging.Path);
        }
    }

    /// <summary>The findings of the snapshot, against last month's approved batch when the engine holds one; written to findings.csv and findings.xlsx (the caller queues them for the state store).</summary>
    private async Task<(IReadOnlyList<Finding> Findings, string CrossPeriod)> ValidateAsync(RunContext context, Validation.Catalogue.RuleCatalogue catalogue, PeriodSnapshot snapshot, IProgress<long>? recordsChecked, CancellationToken cancellationToken)
    {
        var period = context.Run.Period;
        var previousRun = (await store.ListRunsAsync(period.Previous, cancellationToken))
            .Where(r => r.State is RunState.Approved or RunState.Published).MaxBy(r => r.Batch);
        var previous = previousRun is null ? null : await store.LoadRecordsAsync(previousRun.RunId, Validation.Sets.CrossPeriodRules.PreviousParts, cancellationToken);
        var crossPeriod = previousRun is null
            ? $"跨期校验未执行：引擎中没有 {period.Previous} 的已审批批次"
            : $"跨期校验：与 {period.Previous} 批次 {previousRun.Batch:D2} 比较";
        context.Log.Write(previousRun is null ? $"跨期规则未执行 (cross-period rules skipped)：引擎中没有 {period.Previous} 的已审批批次" : $"跨期规则 (cross-period rules)：与 {period.Previous} 第 {previousRun.Batch:D2} 批比较");
        var findings = new Validation.SnapshotValidator(catalogue, validation.Value, context.Spill).Validate(snapshot, previous, recordsChecked, cancellationToken);
        recordsChecked?.Report(snapshot.RecordCount);
        FindingsFile.Write(fileSystem, fileSystem.Path.Combine(context.Directory, "findings.csv"), findings);
        WriteFindingsWorkbook(context, snapshot, findings);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        context.Log.Write($"校验发现 (findings)：{errors} ERROR，{findings.Count - errors} WARNING；已执行规则目录中的 {Validation.SnapshotValidator.Implemented.Count} 条规则");
        return (findings, crossPeriod);
    }
}
