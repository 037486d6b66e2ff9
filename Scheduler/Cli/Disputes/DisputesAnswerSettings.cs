using System.ComponentModel;
using System.Globalization;
using RiskReporting.Evidence.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesAnswerSettings : EvidenceSettings
{
    [CommandOption("--result <RESULT>")]
    [Description("1：报送值正确（附举证材料 evidence）；2：报送值有误（须给出 --value 和 --change-date）。")]
    public int? Result { get; init; }

    [CommandOption("--value <VALUE>")]
    [Description("RESULT 2：更正后的值 (corrected value)，按报文中该字段的写法填写（金额以万元为单位，保留两位小数）。")]
    public string? Value { get; init; }

    [CommandOption("--change-date <YYYYMMDD>")]
    [Description("RESULT 2：该值发生变更的日期 (change date)。")]
    public string? ChangeDate { get; init; }

    [CommandOption("--text <TEXT>")]
    [Description("报送监管机构的说明 (explanation)。")]
    public string? Text { get; init; }

    public DisputeAnswer Answer => new(
        (DisputeResult)Result!.Value,
        Value,
        ChangeDate is null ? null : DateOnly.ParseExact(ChangeDate, "yyyyMMdd", CultureInfo.InvariantCulture),
        Text ?? string.Empty);

    public override ValidationResult Validate()
    {
        if (Result is not (1 or 2))
        {
            return ValidationResult.Error("--result 必填 (required)：1（确认报送值 value confirmed）或 2（更正 value corrected）。");
        }

        if (ChangeDate is not null && !DateOnly.TryParseExact(ChangeDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--change-date \"{ChangeDate}\" 不是有效日期 YYYYMMDD (not a real date)。");
        }

        return base.Validate();
    }
}
