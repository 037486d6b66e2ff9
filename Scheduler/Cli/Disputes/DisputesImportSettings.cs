using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesImportSettings : DisputeSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("监管机构发来的原样通知 (notice) {ORG}_YZXFK_{D}_{BATCH}_{ROUND}.txt。")]
    public string File { get; init; } = string.Empty;
}
