using RiskReporting.Core.Configuration;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;

namespace RiskReporting.Engine.Scheduling;

/// <summary>
/// Where Quartz keeps the scheduler's triggers and what it calls them: one answer for the scheduler host that
/// writes the job store and for the status the portal reads from it.
/// </summary>
public static class JobStore
{
    /// <summary>The scheduler name (Quartz's SCHED_NAME) every node of the engine's cluster shares.</summary>
    public const string SchedulerName = "riskreport";

    /// <summary>The prefix of Quartz's tables (Quartz's default), set explicitly by the host so that the status reads the same tables.</summary>
    public const string TablePrefix = "QRTZ_";

    /// <summary>Scheduler:Store; else the state store when it is PostgreSQL (nodes share it, clustered); else WORK/scheduler.db.</summary>
    public static ConnectionTarget Of(EnginePaths paths, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrEmpty(options.Store) ? ConnectionTarget.Parse(options.Store, paths.BaseDirectory)
            : paths.StateStore.Kind == DatabaseKind.Postgres ? paths.StateStore
            : new ConnectionTarget(DatabaseKind.Sqlite, Path.Combine(paths.WorkDirectory, "scheduler.db"));
    }
}
