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
}
