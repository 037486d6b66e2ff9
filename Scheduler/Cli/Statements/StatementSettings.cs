using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Statements;

public sealed class StatementSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("文字说明所解释的最新批次所属的报告期。")]
    public string? Period { get; init; }

    [CommandOption("--draft")]
    [Description("输出按批次数据预填的文字说明草稿 (draft)，供补充完成。")]
    public bool Draft { get; init; }

    [CommandOption("--file <FILE>")]
    [Description("将完成的文字说明（UTF-8 文本）随批次保存；审批需要它。")]
    public string? File { get; init; }

    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : Draft == (File is not null) ? ValidationResult.Error("--draft（打印预填草稿）与 --file FILE（提交补充后的文字说明）须且只能给出其一 (give exactly one)。")
        : ValidationResult.Success();
}
