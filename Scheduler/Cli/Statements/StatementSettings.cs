using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Statements;

public sealed class StatementSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The period whose latest batch the statement explains.")]
    public string? Period { get; init; }

    [CommandOption("--draft")]
    [Description("Print the statement pre-filled from the batch's figures, to complete.")]
    public bool Draft { get; init; }

    [CommandOption("--file <FILE>")]
    [Description("Store the completed statement (UTF-8 text) with the batch; approval requires it.")]
    public string? File { get; init; }

    public override ValidationResult Validate() =>
        !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
        : Draft == (File is not null) ? ValidationResult.Error("--draft（打印预填草稿）与 --file FILE（提交补充后的文字说明）须且只能给出其一 (give exactly one)。")
        : ValidationResult.Success();
}
