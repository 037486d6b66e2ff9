using RiskReporting.Core.Configuration;
using RiskReporting.Extraction.Configuration;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>The configuration of one bank's folder after appsettings.json and the command-line flags are merged.</summary>
public sealed record EngineSettings(
    string? ConfigFile,
    string WorkDirectory,
    ConnectionTarget StateStore,
    EngineOptions Engine,
    ExtractionOptions Extraction,
    Validation.ValidationOptions Validation,
    string BaseDirectory)
{
    /// <summary>The "Scheduler" section: the monthly trigger, the job store and the run lock's lease.</summary>
    public RiskReporting.Scheduler.Scheduling.SchedulerOptions Scheduler { get; init; } = new();

    /// <summary>The "Disputes" section: branch lead days and the evidence store.</summary>
    public Evidence.DisputeOptions Disputes { get; init; } = new();

    /// <summary>The evidence store: Disputes:Store, else WORK/evidence.</summary>
    public string EvidenceDirectory => string.IsNullOrEmpty(Disputes.Store) ? Path.Combine(WorkDirectory, "evidence") : Path.GetFullPath(Disputes.Store, BaseDirectory);

    /// <summary>The working-day calendar: Engine:Calendar, else the rules/calendar folder shipped beside the engine.</summary>
    public string CalendarDirectory => string.IsNullOrEmpty(Engine.Calendar)
        ? Path.Combine(AppContext.BaseDirectory, "rules", "calendar")
        : Path.GetFullPath(Engine.Calendar, BaseDirectory);

    /// <summary>What a run cannot start without: the institution code, a work folder, a usable extraction section.</summary>
    public IReadOnlyList<string> RunProblems() => [.. Engine.Problems().Concat(Extraction.Problems())];

    /// <summary>The source database, resolved against the configuration file's folder.</summary>
    public ConnectionTarget Source => ConnectionTarget.Parse(Extraction.Source, BaseDirectory);

    public string InboxDirectory => Path.GetFullPath(Extraction.Inbox, BaseDirectory);

    /// <summary>The outbox approved packages are moved into: Engine:Outbox, else WORK/outbox.</summary>
    public string OutboxDirectory => string.IsNullOrEmpty(Engine.Outbox) ? Path.Combine(WorkDirectory, "outbox") : Path.GetFullPath(Engine.Outbox, BaseDirectory);

    /// <summary>The rule catalogue: Validation:Catalogue, else rules/catalogue.csv shipped beside the engine.</summary>
    public string CatalogueFile => string.IsNullOrEmpty(Validation.Catalogue)
        ? Path.Combine(AppContext.BaseDirectory, "rules", "catalogue.csv")
        : Path.GetFullPath(Validation.Catalogue, BaseDirectory);

    /// <summary>The extraction rules: Extraction:Rules, else the rules/extraction folder shipped beside the engine.</summary>
    public string RulesDirectory => string.IsNullOrEmpty(Extraction.Rules)
        ? Path.Combine(AppContext.BaseDirectory, "rules", "extraction")
        : Path.GetFullPath(Extraction.Rules, BaseDirectory);
}
