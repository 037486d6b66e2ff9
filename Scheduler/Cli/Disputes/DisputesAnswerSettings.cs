using System.ComponentModel;
using System.Globalization;
using RiskReporting.Evidence.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

public sealed class DisputesAnswerSettings : EvidenceSettings
{
    [CommandOption("--result <RESULT>")]
    [Description("1: the reported value is right (evidence attached); 2: it was wrong (give --value and --change-date).")]
    public int? Result { get; init; }

    [CommandOption("--value <VALUE>")]
    [Description("RESULT 2: the corrected value, written as the message writes the field (amounts in 万元 with two decimals).")]
    public string? Value { get; init; }

    [CommandOption("--change-date <YYYYMMDD>")]
    [Description("RESULT 2: the date the value changed.")]
    public string? ChangeDate { get; init; }

    [CommandOption("--text <TEXT>")]
    [Description("The explanation sent to the regulator.")]
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
