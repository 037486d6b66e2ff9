using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// Runs started in the background, for a host that must answer at once (a web request): start one, poll its
/// status, cancel it. The run itself is the same <see cref="RunService.RunAsync"/> every host calls. Jobs live
/// as long as the process; a job still running when the host stops is cancelled and awaited.
/// </summary>
public sealed class RunJobs(RunService runs, Corrections.CorrectionService corrections, TimeProvider clock, ILogger<RunJobs> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RunJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Starts the period's run in the background; the configuration is checked at once, so a run that cannot start is refused here.</summary>
    public RunJob Start(ReportingPeriod period, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        runs.RequireRunnable();
        var job = new RunJob(Guid.NewGuid().ToString("N")[..12], period, actor.Name, clock);
        _jobs[job.Id] = job;
        logger.RunJobStarted(job.Id, period.ToString(), actor.Name);
        job.Completion = Task.Run(() => ExecuteAsync(job, () => runs.RunAsync(job.Period, actor, job, job.CancellationToken)));
        return job;
    }

    /// <summary>Starts a correction (订正) of a published period in the background; the role and the reason are checked at once, as the correction service checks them.</summary>
    public RunJob StartCorrection(ReportingPeriod period, string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        runs.RequireRunnable();
        Corrections.CorrectionService.RequireCorrection(reason, actor);
        var job = new RunJob(Guid.NewGuid().ToString("N")[..12], period, actor.Name, clock);
        _jobs[job.Id] = job;
        logger.RunJobStarted(job.Id, period.ToString(), actor.Name);
        job.Completion = Task.Run(() => ExecuteAsync(job, () => corrections.CorrectAsync(period, reason, actor, job, job.CancellationToken)));
        return job;
    }

    public RunJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public IReadOnlyList<RunJob> List() => [.. _jobs.Values.OrderBy(j => j.Id, StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        foreach (var job in _jobs.Values)
        {
            job.Cancel();
        }

        await Task.WhenAll(_jobs.Values.Select(j => j.Completion));
        foreach (var job in _jobs.Values)
        {
            job.Dispose();
        }
    }

    private async Task ExecuteAsync(RunJob job, Func<Task<RunOutcome>> run)
    {
        try
        {
            var outcome = await run();
            job.End(outcome.Cancelled ? RunJobState.Cancelled : RunJobState.Finished, outcome, outcome.Run.Failure);
        }
        catch (RefusalException e)
        {
            job.End(RunJobState.Refused, null, e.Message);
        }
        catch (OperationCanceledException)
        {
            job.End(RunJobState.Cancelled, null, RunFailure.Cancelled);
        }
#pragma warning disable CA1031 // A background job records any fault as its state for the host to show; nothing else would see it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            job.End(RunJobState.Faulted, null, e.Message);
        }

        logger.RunJobEnded(job.Id, job.Period.ToString(), job.Status().State.ToString());
    }
}
