using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class OverrideSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("The reporting period.")]
    public string? Period { get; init; }

    [CommandOption("--part <PART>")]
    [Description("The report part of the record, e.g. B3P1.")]
    public string? Part { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("The record key as one string.")]
    public string? Key { get; init; }

    [CommandOption("--field <FIELD>")]
    [Description("The field to set (not a key field).")]
    public string? Field { get; init; }

    [CommandOption("--value <VALUE>")]
    [Description("The value as the message writes it (amounts 12.50, dates YYYYMMDD); validated like any extracted value.")]
    public string? Value { get; init; }

    [CommandOption("--reason <TEXT>")]
    [Description("Why the core system cannot be fixed before the deadline.")]
    public string? Reason { get; init; }

    [CommandOption("--remove <ID>")]
    [Description("Remove the override with this id instead (the removal is recorded).")]
    public string? Remove { get; init; }


    public override ValidationResult Validate()
    {
        if (Remove is not null)
        {
            return ValidationResult.Success();
        }

        return !ReportingPeriod.TryParse(Period, out _) ? ValidationResult.Error("--period YYYYMM 必填 (required)。")
            : Part is null || Key is null || Field is null || Value is null ? ValidationResult.Error("--part、--key、--field 和 --value 均必填 (required)。")
            : string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason 必填 (required)：没有原因的补录不予接受。")
            : ValidationResult.Success();
    }
}
