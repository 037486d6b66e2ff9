using System.Diagnostics;
using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using RiskReporting.DemoBank;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Demo;

/// <summary>Generates a demo bank with a progress display and reports what was written, how long it took and the peak memory.</summary>
public sealed class DemoBankBuilder(IFileSystem fileSystem, IAnsiConsole console, ILogger<DemoBankBuilder> logger)
{
    public DemoBankResult Build(DemoBankOptions options, bool force)
    {
        var target = fileSystem.Path.Combine(fileSystem.Path.GetFullPath(options.OutputDirectory), "source.db");
        if (fileSystem.File.Exists(target) && !force)
        {
            throw new UsageException($"{target} already exists: choose another --out folder or pass --force to replace it.");
        }

        var stopwatch = Stopwatch.StartNew();
        DemoBankResult? result = null;
        var generator = new DemoBankGenerator(fileSystem);
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress(p =>
                {
                    if (!tasks.TryGetValue(p.Phase, out var task))
                    {
                        task = tasks[p.Phase] = ctx.AddTask(p.Phase, maxValue: p.Total);
                    }

                    task.Value = p.Done;
                });
                result = generator.Generate(options, progress);
            });
        stopwatch.Stop();
        var rows = result!.RowCounts.Values.Sum();
        logger.DemoBankWritten(options.Size.ToString(), options.Seed, fileSystem.Path.GetDirectoryName(target)!, rows, stopwatch.ElapsedMilliseconds);
        Report(result, options, stopwatch.Elapsed);
        return result;
    }

    private void Report(DemoBankResult result, DemoBankOptions options, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("source table").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var (name, rows) in result.RowCounts.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            table.AddRow(name, rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Demo bank [bold]{options.Size}[/] (seed {options.Seed}, periods {string.Join(",", options.Periods)}) written to {fileSystem.Path.GetDirectoryName(result.SourceDatabase)}");
        console.MarkupLineInterpolated($"  source database  {result.SourceDatabase}");
        foreach (var ledger in result.LedgerFiles)
        {
            console.MarkupLineInterpolated($"  interbank ledger {ledger}");
        }

        console.MarkupLineInterpolated($"  settings         {result.Settings}");
        if (result.PlantedFile is not null)
        {
            console.MarkupLineInterpolated($"  planted cases    {result.PlantedFile}");
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        console.MarkupLineInterpolated($"  generated in {elapsed.TotalSeconds:F1} s, peak working set {peak:F0} MiB");
    }

    /// <summary>Progress reported on the generating thread, so the display never lags behind or races it.</summary>
    private sealed class SynchronousProgress(Action<DemoBankProgress> report) : IProgress<DemoBankProgress>
    {
        public void Report(DemoBankProgress value) => report(value);
    }
}
