using System.ComponentModel;
using RiskReporting.Core.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

public sealed class OverrideSettings : CommonSettings
{
    [CommandOption("--period <YYYYMM>")]
    [Description("报告期 (reporting period)。")]
    public string? Period { get; init; }

    [CommandOption("--part <PART>")]
    [Description("记录所属的报表部分 (part)，例如 B3P1。")]
    public string? Part { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("记录键 (record key)，写成一个字符串。")]
    public string? Key { get; init; }

    [CommandOption("--field <FIELD>")]
    [Description("要设置的字段 (field)，不能是键字段。")]
    public string? Field { get; init; }

    [CommandOption("--value <VALUE>")]
    [Description("按报文写法给出的值 (value)（金额如 12.50，日期为 YYYYMMDD）；与抽取的值一样接受校验。")]
    public string? Value { get; init; }

    [CommandOption("--reason <TEXT>")]
    [Description("核心系统无法在报送期限前修正的原因 (reason)。")]
    public string? Reason { get; init; }

    [CommandOption("--remove <ID>")]
    [Description("改为撤销该 id 的补录 (override)（撤销会被记录）。")]
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
