using System.Collections.Concurrent;
using RiskReporting.Core.Periods;
using RiskReporting.Scheduler.Scheduling;

namespace RiskReporting.Scheduler.Tests.Scheduling;

/// <summary>Stands in for the engine: remembers which periods were run, and in which order, as a state store would.</summary>
public sealed class RecordingRunner : IPeriodRunner
{
    private readonly ConcurrentQueue<ReportingPeriod> _runs = new();
    private int _jobs;

    public IReadOnlyList<ReportingPeriod> Runs => [.. _runs];

    /// <summary>How many times a job asked about any period: a job's first question marks its start.</summary>
    public int Questions => _jobs;

    public Task<bool> RunUnlessRunAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _jobs);
        if (_runs.Contains(period))
        {
            return Task.FromResult(false);
        }

        _runs.Enqueue(period);
        return Task.FromResult(true);
    }
}
