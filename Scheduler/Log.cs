using Microsoft.Extensions.Logging;

namespace RiskReporting.Scheduler;

/// <summary>The host's log messages (event ids 6000–6999; those of the run and the state store moved to the engine with their numbers). Counts, keys and durations only; never a person's data.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "Demo bank {Size} (seed {Seed}) written to {Directory}: {Rows} rows in {Milliseconds} ms")]
    public static partial void DemoBankWritten(this ILogger logger, string size, int seed, string directory, long rows, long milliseconds);

    [LoggerMessage(6007, LogLevel.Information, "Scheduled run of {Period} done (fire time {ScheduledFireTime:o}, {Kind})")]
    public static partial void ScheduledRunDone(this ILogger logger, string period, DateTimeOffset scheduledFireTime, string kind);

    [LoggerMessage(6008, LogLevel.Error, "Scheduled run for {Period} failed: {Reason}")]
    public static partial void ScheduledRunFailed(this ILogger logger, string period, string reason);

    [LoggerMessage(6009, LogLevel.Information, "Scheduler {InstanceId} started: cron '{Cron}' in {TimeZone}, next fire {NextFire:o}, job store {Store}")]
    public static partial void SchedulerStarted(this ILogger logger, string instanceId, string cron, string timeZone, DateTimeOffset? nextFire, string store);

    [LoggerMessage(6011, LogLevel.Information, "Scheduler catching up {Count} missed periods (漏报): {Periods}")]
    public static partial void SchedulerCatchingUp(this ILogger logger, string periods, int count);

    [LoggerMessage(6012, LogLevel.Information, "Monthly job fired at {FireTime} (Asia/Shanghai), scheduled {ScheduledTime}, reporting {Period}")]
    public static partial void JobFired(this ILogger logger, string fireTime, string scheduledTime, string period);

    [LoggerMessage(6013, LogLevel.Information, "Scheduled run {RunId} of {Period} batch {Batch} ended {State}")]
    public static partial void ScheduledRunOutcome(this ILogger logger, string runId, string period, int batch, string state);

    [LoggerMessage(6014, LogLevel.Information, "Scheduler {InstanceId} stopped at {StopTime} (Asia/Shanghai)")]
    public static partial void SchedulerStopped(this ILogger logger, string instanceId, string stopTime);

    [LoggerMessage(6015, LogLevel.Warning, "Scheduler round ({What}) failed; tried again next round: {Reason}")]
    public static partial void SchedulerRoundFailed(this ILogger logger, string what, string reason);
}
