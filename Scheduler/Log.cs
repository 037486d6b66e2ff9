using Microsoft.Extensions.Logging;

namespace RiskReporting.Scheduler;

/// <summary>The host's log messages (event ids 6000–6999). Counts, keys and durations only; never a person's data.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "Demo bank {Size} (seed {Seed}) written to {Directory}: {Rows} rows in {Milliseconds} ms")]
    public static partial void DemoBankWritten(this ILogger logger, string size, int seed, string directory, long rows, long milliseconds);

    [LoggerMessage(6002, LogLevel.Information, "State store {Target} at schema version {Version} ({Applied} migrations applied)")]
    public static partial void StateStoreReady(this ILogger logger, string target, int version, int applied);

    [LoggerMessage(6003, LogLevel.Information, "User {User} saved with role {Role} by {Actor}")]
    public static partial void UserSaved(this ILogger logger, string user, string role, string actor);

    [LoggerMessage(6004, LogLevel.Error, "Command {Command} failed: {Reason}")]
    public static partial void CommandFailed(this ILogger logger, string command, string reason, Exception exception);

    [LoggerMessage(6005, LogLevel.Error, "Run {RunId} of {Period} failed: {Reason}")]
    public static partial void RunFailed(this ILogger logger, string period, string runId, string reason);

    [LoggerMessage(6006, LogLevel.Information, "Run {RunId} of {Period} built its package, sha256 {Sha256}")]
    public static partial void PackageBuilt(this ILogger logger, string period, string runId, string sha256);

    [LoggerMessage(6007, LogLevel.Information, "Scheduled run of {Period} starting (fire time {ScheduledFireTime:o}, {Kind})")]
    public static partial void ScheduledRunStarting(this ILogger logger, string period, DateTimeOffset scheduledFireTime, string kind);

    [LoggerMessage(6008, LogLevel.Error, "Scheduled run for {Period} failed: {Reason}")]
    public static partial void ScheduledRunFailed(this ILogger logger, string period, string reason);

    [LoggerMessage(6009, LogLevel.Information, "Scheduler {InstanceId} started: cron '{Cron}' in {TimeZone}, next fire {NextFire:o}, job store {Store}")]
    public static partial void SchedulerStarted(this ILogger logger, string instanceId, string cron, string timeZone, DateTimeOffset? nextFire, string store);

    [LoggerMessage(6010, LogLevel.Warning, "Period {Period} is locked by {Holder} until {LeaseUntil:o}; this run is refused")]
    public static partial void PeriodLocked(this ILogger logger, string period, string holder, DateTimeOffset leaseUntil);
}
