using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesExportSettings : DisputeSettings
{
    [CommandArgument(0, "<NOTICE>")]
    [Description("The notice to answer, e.g. B0001H111000001_YZXFK_20261031_01_01.")]
    public string Notice { get; init; } = string.Empty;

    [CommandOption("--partial")]
    [Description("Export the approved items although others are not approved yet; the missing ones are listed.")]
    public bool Partial { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Where to write the response package (default: the outbox).")]
    public string? Out { get; init; }
}
