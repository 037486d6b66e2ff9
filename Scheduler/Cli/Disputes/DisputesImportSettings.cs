using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesImportSettings : DisputeSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The notice {ORG}_YZXFK_{D}_{BATCH}_{ROUND}.txt as the regulator sent it.")]
    public string File { get; init; } = string.Empty;
}
