using System.Diagnostics;
using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Cli.Runs;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Demo;

/// <summary>Generates a demo bank with a progress display and reports what was written, how long it took and the peak memory.</summary>
public sealed class DemoBankBuilder(IFileSystem fileSystem, IAnsiConsole console, StepProgress steps, ILogger<DemoBankBuilder> logger)
{
    public async Task<DemoBankResult> BuildAsync(DemoBankOptions options, bool force, CancellationToken cancellationToken = default)
    {
        var target = fileSystem.Path.Combine(fileSystem.Path.GetFullPath(options.OutputDirectory), "source.db");
        if (fileSystem.File.Exists(target) && !force)
        {
            throw new UsageException($"{target} 已存在 (already exists)：请换一个 --out 文件夹，或用 --force 覆盖。");
        }

        var stopwatch = Stopwatch.StartNew();
        var generator = new DemoBankGenerator(fileSystem);
        var result = await steps.ShowAsync(progress => Task.Run(() => generator.Generate(options, new PhaseProgress(progress, stopwatch)), cancellationToken));
        stopwatch.Stop();
        var rows = result.RowCounts.Values.Sum();
        logger.DemoBankWritten(options.Size.ToString(), options.Seed, fileSystem.Path.GetDirectoryName(target)!, rows, stopwatch.ElapsedMilliseconds);
        Report(result, options, stopwatch.Elapsed);
        return result;
    }

    private void Report(DemoBankResult result, DemoBankOptions options, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("源表 (source table)").AddColumn(new TableColumn("行数").RightAligned());
        foreach (var (name, rows) in result.RowCounts.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            table.AddRow(name, rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"演示银行 [bold]{options.Size}[/]（种子 {options.Seed}，期次 {string.Join(",", options.Periods)}）已写入 {fileSystem.Path.GetDirectoryName(result.SourceDatabase)}");
        console.MarkupLineInterpolated($"  核心系统库 (source database)  {result.SourceDatabase}");
        foreach (var ledger in result.LedgerFiles)
        {
            console.MarkupLineInterpolated($"  同业台账 (interbank ledger)  {ledger}");
        }

        console.MarkupLineInterpolated($"  配置 (settings)               {result.Settings}");
        if (result.PlantedFile is not null)
        {
            console.MarkupLineInterpolated($"  预置案例 (planted cases)      {result.PlantedFile}");
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        console.MarkupLineInterpolated($"  用时 {elapsed.TotalSeconds:F1} 秒，内存峰值 {peak:F0} MiB");
    }

    /// <summary>The generator's phases as the steps of the shared progress display, named for people, timed from their first report.</summary>
    private sealed class PhaseProgress(IProgress<RunProgress> steps, Stopwatch clock) : IProgress<DemoBankProgress>
    {
        private string? _phase;
        private TimeSpan _started;

        public void Report(DemoBankProgress value)
        {
            if (value.Phase != _phase)
            {
                (_phase, _started) = (value.Phase, clock.Elapsed);
            }

            steps.Report(new RunProgress(Name(value.Phase), value.Done, value.Total, clock.Elapsed - _started));
        }

        private static string Name(string phase) => phase switch
        {
            "corporate customers" => "对公客户 (corporate customers)",
            "retail loans" => "个人贷款 (retail loans)",
            _ => phase,
        };
    }
}
