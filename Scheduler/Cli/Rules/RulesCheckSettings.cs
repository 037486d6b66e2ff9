using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

public sealed class RulesCheckSettings : CommonSettings
{
    [CommandOption("--source <DATABASE>")]
    [Description("Core-system database to check the rules against: sqlite:PATH or postgres:CONNECTION. Overrides Extraction:Source.")]
    public string? Source { get; init; }

    [CommandOption("--rules <DIR>")]
    [Description("Extraction rules folder to check (default: Extraction:Rules, else the rules shipped with the engine).")]
    public string? Rules { get; init; }

}
