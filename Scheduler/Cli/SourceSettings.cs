using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli;

/// <summary>The flags of every verb that extracts a period: where the core system and the ledger inbox are.</summary>
public class SourceSettings : CommonSettings
{
    [CommandOption("--source <DATABASE>")]
    [Description("Core-system database: sqlite:PATH or postgres:CONNECTION (${VAR} in it reads an environment variable). Overrides Extraction:Source.")]
    public string? Source { get; init; }

    [CommandOption("--inbox <DIR>")]
    [Description("Folder holding TYYWTZ_{YYYYMM}.csv or .xlsx. Overrides Extraction:Inbox.")]
    public string? Inbox { get; init; }

    /// <summary>The flags as configuration keys over appsettings.json.</summary>
    public Dictionary<string, string?> SourceFlags() => new(StringComparer.Ordinal)
    {
        ["Extraction:Source"] = Source,
        ["Extraction:Inbox"] = Inbox,
    };
}
