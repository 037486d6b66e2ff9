using RiskReporting.Core.Configuration;
using RiskReporting.Evidence;
using RiskReporting.Extraction.Configuration;
using RiskReporting.Validation;

namespace RiskReporting.Engine.Composition;

/// <summary>
/// Where one bank's things are, resolved from the options: relative paths are relative to the configuration
/// file's folder (<see cref="BaseDirectoryKey"/>), defaults sit under the work folder or beside the engine.
/// </summary>
public sealed class EnginePaths(string baseDirectory, EngineOptions engine, ExtractionOptions extraction, ValidationOptions validation, DisputeOptions disputes)
{
    /// <summary>The configuration key a host sets to the folder of the configuration file it read (default: the current folder).</summary>
    public const string BaseDirectoryKey = "Engine:BaseDirectory";

    /// <summary>Set by a host that only reads ("true"): a missing SQLite state store is refused naming its folder instead of being created empty.</summary>
    public const string ReadsOnlyKey = "Engine:ReadsOnly";

    public string BaseDirectory => baseDirectory;

    /// <summary>WORK: each run's outputs under WORK/YYYYMM/BATCH/.</summary>
    public string WorkDirectory => Work(engine, baseDirectory);

    /// <summary>Engine:StateStore; else sqlite:WORK/state.db.</summary>
    public ConnectionTarget StateStore => string.IsNullOrEmpty(engine.StateStore)
        ? new ConnectionTarget(DatabaseKind.Sqlite, Path.Combine(WorkDirectory, "state.db"))
        : ConnectionTarget.Parse(engine.StateStore, baseDirectory);

    /// <summary>The outbox approved packages are moved into: Engine:Outbox, else WORK/outbox.</summary>
    public string OutboxDirectory => string.IsNullOrEmpty(engine.Outbox) ? Path.Combine(WorkDirectory, "outbox") : Path.GetFullPath(engine.Outbox, baseDirectory);

    /// <summary>The working-day calendar: Engine:Calendar, else rules/calendar shipped beside the engine.</summary>
    public string CalendarDirectory => Calendar(engine, baseDirectory);

    /// <summary>Engine:ConformanceChecker resolved against the configuration file's folder; null when none is configured.</summary>
    public string? ConformanceChecker => ConformanceCheckerOf(engine, baseDirectory);

    /// <summary>The evidence store: Disputes:Store, else WORK/evidence.</summary>
    public string EvidenceDirectory => string.IsNullOrEmpty(disputes.Store) ? Path.Combine(WorkDirectory, "evidence") : Path.GetFullPath(disputes.Store, baseDirectory);

    /// <summary>The source database, resolved against the configuration file's folder.</summary>
    public ConnectionTarget Source => ConnectionTarget.Parse(extraction.Source, baseDirectory);

    public string InboxDirectory => Path.GetFullPath(extraction.Inbox, baseDirectory);

    /// <summary>The rule catalogue: Validation:Catalogue, else rules/catalogue.csv shipped beside the engine.</summary>
    public string CatalogueFile => Catalogue(validation, baseDirectory);

    /// <summary>The extraction rules: Extraction:Rules, else rules/extraction shipped beside the engine.</summary>
    public string RulesDirectory => Rules(extraction, baseDirectory);

    /// <summary>One run's folder, WORK/YYYYMM/BATCH.</summary>
    public string RunDirectory(Core.Periods.ReportingPeriod period, int batch) =>
        Path.Combine(WorkDirectory, period.ToString(), batch.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));

    internal static string Work(EngineOptions engine, string baseDirectory) => Path.GetFullPath(engine.Work, baseDirectory);

    internal static string? ConformanceCheckerOf(EngineOptions engine, string baseDirectory) =>
        string.IsNullOrWhiteSpace(engine.ConformanceChecker) ? null : Path.GetFullPath(engine.ConformanceChecker, baseDirectory);

    internal static string Calendar(EngineOptions engine, string baseDirectory) =>
        string.IsNullOrEmpty(engine.Calendar) ? Shipped("calendar") : Path.GetFullPath(engine.Calendar, baseDirectory);

    internal static string Catalogue(ValidationOptions validation, string baseDirectory) =>
        string.IsNullOrEmpty(validation.Catalogue) ? Shipped("catalogue.csv") : Path.GetFullPath(validation.Catalogue, baseDirectory);

    internal static string Rules(ExtractionOptions extraction, string baseDirectory) =>
        string.IsNullOrEmpty(extraction.Rules) ? Shipped("extraction") : Path.GetFullPath(extraction.Rules, baseDirectory);

    private static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "rules", name);
}
