namespace RiskReporting.Engine.Configuration;

/// <summary>The "Scheduler" section of appsettings.json: when the monthly job fires and where Quartz keeps its state.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Quartz cron expression; default day 1 of each month at 06:00.</summary>
    public string Cron { get; set; } = "0 0 6 1 * ?";

    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The first period this engine reports: missed periods (漏报) are looked for from here on.</summary>
    public string FirstPeriod { get; set; } = string.Empty;

    /// <summary>Quartz's job store; empty means sqlite:WORK/scheduler.db, or the state store when that is PostgreSQL (clustered).</summary>
    public string Store { get; set; } = string.Empty;

    /// <summary>This node's name in a cluster; empty means host name and process id.</summary>
    public string InstanceId { get; set; } = string.Empty;

    /// <summary>How long an idle node waits before looking for triggers again (Quartz default 30 s).</summary>
    public int IdleWaitSeconds { get; set; } = 30;

    /// <summary>A trigger later than this is a misfire, handled by firing once now.</summary>
    public int MisfireThresholdSeconds { get; set; } = 60;

    /// <summary>The lease on a period's run lock; renewed while the run lives, so a crashed holder blocks at most this long.</summary>
    public int LeaseMinutes { get; set; } = 15;

    /// <summary>How often the scheduler looks in the inbox for the ledger of a period that waits for it, until the period's deadline.</summary>
    public int LedgerPollMinutes { get; set; } = 15;
}
