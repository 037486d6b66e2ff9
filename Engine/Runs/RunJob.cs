using System.Globalization;
using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Runs;

/// <summary>One run started in the background (a portal's request): it records its progress as the run reports it, and can be cancelled.</summary>
public sealed class RunJob : IProgress<RunProgress>, IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<RunProgress> _steps = [];
    private readonly List<string> _log = [];
    private readonly CancellationTokenSource _cancel = new();
    private readonly TimeProvider _clock;
    private RunJobState _state = RunJobState.Running;
    private RunOutcome? _outcome;
    private string? _message;

    internal RunJob(string id, ReportingPeriod period, string startedBy, TimeProvider clock)
    {
        (Id, Period, StartedBy, _clock) = (id, period, startedBy, clock);
    }

    public string Id { get; }

    public ReportingPeriod Period { get; }

    public string StartedBy { get; }

    /// <summary>Ends when the job has ended, whatever its state.</summary>
    public Task Completion { get; internal set; } = Task.CompletedTask;

    internal CancellationToken CancellationToken => _cancel.Token;

    public RunJobStatus Status()
    {
        lock (_lock)
        {
            return new RunJobStatus(Id, Period, StartedBy, _state, [.. _steps], [.. _log], _outcome, _message);
        }
    }

    /// <summary>Asks the run to stop; it ends FAILED with the cause "cancelled", leaving no partial output.</summary>
    public void Cancel() => _cancel.Cancel();

    public void Report(RunProgress value)
    {
        lock (_lock)
        {
            var index = _steps.FindIndex(s => s.Step == value.Step);
            if (index < 0)
            {
                _steps.Add(value);
                Write($"{value.Step} 开始 (started)");
            }
            else
            {
                _steps[index] = value;
            }
        }
    }

    internal void End(RunJobState state, RunOutcome? outcome, string? message)
    {
        lock (_lock)
        {
            (_state, _outcome, _message) = (state, outcome, message);
            Write($"结束 (ended) {state}{(outcome is null ? string.Empty : " " + outcome.Run.State)}{(message is null ? string.Empty : "：" + message)}");
        }
    }

    public void Dispose() => _cancel.Dispose();

    // Beijing time with its offset, as run.log writes it (RunLog): the job page shows these lines as they are.
    private void Write(string line) =>
        _log.Add(_clock.GetUtcNow().ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) + " " + line);
}
