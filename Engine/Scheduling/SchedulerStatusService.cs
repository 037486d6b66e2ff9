using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Scheduling;

/// <summary>
/// The scheduler as IT operations watch it (issue #15): its triggers with next and previous fire, the misfires,
/// the nodes with their last check-in, and the runs it started. Read from Quartz's job store and the state store.
/// </summary>
public sealed class SchedulerStatusService(EnginePaths paths, IOptions<SchedulerOptions> options, IStateStore runs, IFileSystem fileSystem, TimeProvider clock)
{
    /// <summary>Quartz's own grace on a node's check-in before another node counts it as failed (ClusterManager).</summary>
    private static readonly TimeSpan CheckInGrace = TimeSpan.FromSeconds(7.5);

    /// <summary>How many of the scheduler's runs the history shows.</summary>
    private const int HistoryLength = 24;

    /// <summary>The status; when the job store does not exist yet (the scheduler never started) an empty one, without creating the store.</summary>
    public async Task<SchedulerStatus> StatusAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireSchedulerReader(actor);
        var scheduler = options.Value;
        var store = JobStore.Of(paths, scheduler);
        var threshold = TimeSpan.FromSeconds(scheduler.MisfireThresholdSeconds);
        var history = (await runs.ListRunsAsync(null, cancellationToken))
            .Where(r => r.StartedBy == IdentityService.SchedulerName)
            .OrderByDescending(r => r.CreatedAt).Take(HistoryLength).ToList();
        var content = await new JobStoreReader(fileSystem).ReadAsync(store, cancellationToken);
        if (content is null)
        {
            return new SchedulerStatus(false, store.ToString(), scheduler.Cron, scheduler.TimeZone, threshold, [], [], [], history);
        }

        var now = clock.GetUtcNow();
        var instances = content.Instances.Select(i => i with { Stale = now - i.LastCheckIn > i.CheckInInterval + CheckInGrace }).ToList();
        var checkingIn = instances.Any(i => !i.Stale);
        var triggers = content.Triggers.Select(t => t with { Misfired = Misfired(t, now, threshold, checkingIn) }).ToList();
        return new SchedulerStatus(true, store.ToString(), scheduler.Cron, scheduler.TimeZone, threshold, triggers, instances, content.Fired, history);
    }

    /// <summary>
    /// Quartz's MISFIRED state, or a next fire later than the misfire threshold that no live node is there to
    /// handle. A running node fires a due trigger within the threshold, and a clustered one checks in; a
    /// single node (SQLite) records no check-ins, so there a due trigger that was not fired is a misfire.
    /// </summary>
    private static bool Misfired(ScheduledTrigger trigger, DateTimeOffset now, TimeSpan threshold, bool checkingIn) =>
        trigger.State == "MISFIRED" || (trigger.NextFire is { } next && now - next > threshold && !checkingIn);
}
