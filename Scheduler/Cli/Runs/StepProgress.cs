using System.Globalization;
using RiskReporting.Engine.Runs;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Runs;

/// <summary>
/// Shows a run's progress as the engine reports it (<see cref="RunProgress"/>, issue #17). In a terminal, a Spectre.Console
/// progress display with one row per step: rows done and rate. Redirected (a script, cron, a log), one plain line per
/// step when it ends, with its rows and duration, never wrapped.
/// </summary>
public sealed class StepProgress(IAnsiConsole console)
{
    /// <summary>Runs <paramref name="work"/> with the display fitting where the output goes.</summary>
    public async Task<T> ShowAsync<T>(Func<IProgress<RunProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsOutputRedirected || !console.Profile.Capabilities.Interactive)
        {
            var lines = new StepLines(console);
            try
            {
                return await work(lines);
            }
            finally
            {
                lines.Complete();
            }
        }

        T result = default!;
        await console.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context => result = await work(new StepBars(context)));
        return result;
    }

    /// <summary>The step's name for people, with the engine's own name after it.</summary>
    public static string Name(string step) => step switch
    {
        RunProgress.Extract => "抽取 (extract)",
        RunProgress.Store => "存储快照 (store)",
        RunProgress.Validate => "校验 (validate)",
        RunProgress.Package => "生成报文 (package)",
        RunProgress.Load => "读取快照 (load)",
        RunProgress.Compare => "比对 (compare)",
        _ => step,
    };

    /// <summary>"12,345 行，用时 1.2 秒（10,288 行/秒）": rows and duration of a step.</summary>
    public static string Line(RunProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var seconds = progress.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? progress.RowsDone / seconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"步骤 {Name(progress.Step)}: {progress.RowsDone:N0} 行，用时 {seconds:F1} 秒（{rate:N0} 行/秒）");
    }

    /// <summary>
    /// One line per step, in the order the steps started, each written once it is done: a step with a total when it reaches
    /// it, one without (extract) when the next step starts, any other when the run ends. Steps may run side by side (the
    /// snapshot is stored while validation goes on): a step done before an earlier one waits for it.
    /// </summary>
    private sealed class StepLines(IAnsiConsole console) : IProgress<RunProgress>
    {
        private readonly Lock _lock = new();
        private readonly List<(RunProgress Latest, bool Done)> _steps = [];
        private readonly HashSet<string> _written = new(StringComparer.Ordinal);

        public void Report(RunProgress value)
        {
            lock (_lock)
            {
                if (_written.Contains(value.Step))
                {
                    return;
                }

                var index = _steps.FindIndex(s => s.Latest.Step == value.Step);
                if (index < 0)
                {
                    for (var i = 0; i < _steps.Count; i++)
                    {
                        _steps[i] = (_steps[i].Latest, _steps[i].Done || _steps[i].Latest.RowsTotal is null);
                    }

                    _steps.Add((value, false));
                    index = _steps.Count - 1;
                }

                var done = value.RowsTotal is { } total && value.RowsDone >= total && value.Elapsed > TimeSpan.Zero;
                _steps[index] = (value, _steps[index].Done || done);
                WriteDone();
            }
        }

        public void Complete()
        {
            lock (_lock)
            {
                foreach (var (latest, _) in _steps)
                {
                    console.WriteLine(Line(latest));
                }

                _steps.Clear();
            }
        }

        private void WriteDone()
        {
            while (_steps is [{ Done: true } first, ..])
            {
                console.WriteLine(Line(first.Latest));
                _written.Add(first.Latest.Step);
                _steps.RemoveAt(0);
            }
        }
    }

    /// <summary>A row per step in the terminal, its description the rows done and the rate.</summary>
    private sealed class StepBars(ProgressContext context) : IProgress<RunProgress>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

        public void Report(RunProgress value)
        {
            lock (_lock)
            {
                if (!_tasks.TryGetValue(value.Step, out var task))
                {
                    // A step without a total (extract) is done when the next one starts; the others end at their total, side by side.
                    foreach (var untotalled in _tasks.Values.Where(t => t.IsIndeterminate))
                    {
                        Finish(untotalled);
                    }

                    task = context.AddTask(Name(value.Step), maxValue: value.RowsTotal ?? 1);
                    task.IsIndeterminate = value.RowsTotal is null;
                    _tasks[value.Step] = task;
                }

                if (value.RowsTotal is not null)
                {
                    task.Value = value.RowsDone;
                }

                var seconds = value.Elapsed.TotalSeconds;
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{Name(value.Step)} {value.RowsDone:N0} 行 {(seconds > 0 ? value.RowsDone / seconds : 0):N0} 行/秒"));
                if (value.RowsTotal is { } total && value.RowsDone >= total && seconds > 0)
                {
                    Finish(task);
                }
            }
        }

        private static void Finish(ProgressTask task)
        {
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
