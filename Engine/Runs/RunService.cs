using Microsoft.Extensions.Options;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Identity;
using RiskReporting.Extraction.Configuration;

namespace RiskReporting.Engine.Runs;

/// <summary>The monthly run of a period, as the CLI's `run`, the scheduler's job and the portal start it.</summary>
public sealed class RunService(MonthlyRun monthlyRun, IStateStore store, IOptions<EngineOptions> engine, IOptions<ExtractionOptions> extraction, IOptions<SchedulerOptions> scheduler)
{
    /// <summary>Runs (or resumes) the period: extract, validate, build the package when no ERROR stands.</summary>
    /// <exception cref="RefusalException">The configuration cannot run (Engine:Org, Extraction:Source), the period is published, or another run holds it.</exception>
    public async Task<RunOutcome> RunAsync(ReportingPeriod period, Actor actor, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Roles.RequireRunner(actor);
        RequireRunnable();
        return (await monthlyRun.ExecuteAsync(new RunRequest(period, actor.Name), progress, cancellationToken))!;
    }

    /// <summary>
    /// The scheduler's run of a period: nothing when a run of it already reached a stable state (checked under
    /// the period's lock, on the one list of runs the run reads), nothing when another run holds it.
    /// </summary>
    /// <returns>The outcome, or null when the period already had its run or is being run elsewhere.</returns>
    public async Task<RunOutcome?> RunScheduledAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRunner(actor);
        RequireRunnable();
        try
        {
            return await monthlyRun.ExecuteAsync(new RunRequest(period, actor.Name, UnlessRun: true), null, cancellationToken);
        }
        catch (RefusalException e) when (e.InnerException is PeriodLockedException)
        {
            // A manual run or another node holds the period: that run is the period's run.
            return null;
        }
    }

    /// <summary>A period has its run once a run of it reached a stable state; one still in progress was killed (and is resumed by running it) or runs elsewhere.</summary>
    public async Task<bool> HasRunAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        (await store.ListRunsAsync(period, cancellationToken)).Any(r => !r.State.IsInProgress());

    /// <summary>The first period the scheduler reports, with everything a scheduled run needs; refused naming each setting that is missing.</summary>
    public ReportingPeriod FirstScheduledPeriod()
    {
        var problems = RunProblems().ToList();
        if (!ReportingPeriod.TryParse(scheduler.Value.FirstPeriod, out var first))
        {
            problems.Add($"Scheduler:FirstPeriod '{scheduler.Value.FirstPeriod}' 须为本系统报送的第一个期次 YYYYMM。");
        }

        return problems.Count == 0 ? first : throw new RefusalException(RefusalCode.InvalidConfiguration, string.Join(" ", problems));
    }

    /// <summary>What a run cannot start without: the institution code and a source, named by their settings.</summary>
    internal void RequireRunnable()
    {
        var problems = RunProblems().ToList();
        if (problems.Count > 0)
        {
            throw new RefusalException(RefusalCode.InvalidConfiguration, string.Join(" ", problems));
        }
    }

    private IEnumerable<string> RunProblems() => engine.Value.Problems().Concat(extraction.Value.Problems());
}
