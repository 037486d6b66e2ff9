using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesExportSettings : DisputeSettings
{
    [CommandArgument(0, "<NOTICE>")]
    [Description("要答复的通知 (notice)，例如 B0001H111000001_YZXFK_20261031_01_01。")]
    public string Notice { get; init; } = string.Empty;

    [CommandOption("--partial")]
    [Description("其他争议项尚未审核通过时，也导出已审核通过的项（部分答复 partial）；未包含的项会列出。")]
    public bool Partial { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("答复包 (response package) 的写入位置（默认：发件箱 outbox）。")]
    public string? Out { get; init; }
}
