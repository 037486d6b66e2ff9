using Microsoft.Extensions.Logging;

namespace RiskReporting.Engine;

/// <summary>
/// The engine's log messages. Event ids 6002–6010 kept their numbers when they moved here from the host;
/// new ones take 7000–7999. Counts, keys and durations only; never a person's data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(6002, LogLevel.Information, "State store {Target} at schema version {Version} ({Applied} migrations applied)")]
    public static partial void StateStoreReady(this ILogger logger, string target, int version, int applied);

    [LoggerMessage(6003, LogLevel.Information, "User {User} saved with role {Role} by {Actor}")]
    public static partial void UserSaved(this ILogger logger, string user, string role, string actor);

    [LoggerMessage(6005, LogLevel.Error, "Run {RunId} of {Period} failed: {Reason}")]
    public static partial void RunFailed(this ILogger logger, string period, string runId, string reason);

    [LoggerMessage(6006, LogLevel.Information, "Run {RunId} of {Period} built its package, sha256 {Sha256}")]
    public static partial void PackageBuilt(this ILogger logger, string period, string runId, string sha256);

    [LoggerMessage(6010, LogLevel.Warning, "Period {Period} is locked by {Holder}; this run is refused")]
    public static partial void PeriodLocked(this ILogger logger, string period, string holder);

    [LoggerMessage(7001, LogLevel.Information, "Background run job {JobId} of {Period} started by {Actor}")]
    public static partial void RunJobStarted(this ILogger logger, string jobId, string period, string actor);

    [LoggerMessage(7002, LogLevel.Information, "Background run job {JobId} of {Period} ended {State}")]
    public static partial void RunJobEnded(this ILogger logger, string jobId, string period, string state);

    [LoggerMessage(7003, LogLevel.Information, "{Period} batch {Batch} approved by {Actor} and published to {Outbox}")]
    public static partial void Published(this ILogger logger, string period, int batch, string actor, string outbox);

    [LoggerMessage(7010, LogLevel.Information, "Interbank ledger of {Period} arrived in {Inbox}; the waiting period is run again")]
    public static partial void LedgerArrived(this ILogger logger, string period, string inbox);

    [LoggerMessage(7011, LogLevel.Information, "Notification {Event} of {Period} raised by the clock check")]
    public static partial void DeadlineNotified(this ILogger logger, string period, string @event);

    [LoggerMessage(7100, LogLevel.Information, "Notification {Id} ({Period} {Event}) sent to {Recipients} addresses")]
    public static partial void NotificationSent(this ILogger logger, long id, string period, string @event, int recipients);

    [LoggerMessage(7101, LogLevel.Warning, "Notification {Id} ({Period} {Event}) not sent, attempt {Attempts}, given up {GivenUp}: {Reason}")]
    public static partial void NotificationFailed(this ILogger logger, long id, string period, string @event, int attempts, bool givenUp, string reason);

    [LoggerMessage(7102, LogLevel.Warning, "Notifications left queued for the scheduler or portal after waiting at most {Seconds} s: {Reason}")]
    public static partial void NotificationsNotSent(this ILogger logger, int seconds, string reason);

    [LoggerMessage(7200, LogLevel.Information, "Audit {Seq} {Action} on {Subject} at {At}, entry {EntryHash}")]
    public static partial void AuditEvent(this ILogger logger, long seq, string action, string subject, string at, string entryHash);

    [LoggerMessage(7201, LogLevel.Warning, "Audit events not written to the log now (they are at the next verb or round): {Reason}")]
    public static partial void AuditMirrorFailed(this ILogger logger, string reason);
}
