using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

public sealed class DemoInitSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder to write source.db, inbox/ and appsettings.json into.")]
    public string? Out { get; init; }

    [CommandOption("--size <SIZE>")]
    [Description("tiny (≈30 customers), small (default: ≈2,000 customers, 20,000 loans, 50,000 retail loans), medium (≈50,000 / 500,000 / 1,000,000) or large (≈300,000 / 3,000,000 / 6,000,000).")]
    [DefaultValue("small")]
    public string Size { get; init; } = "small";

    [CommandOption("--seed <N>")]
    [Description("Seed of the generator: the same seed and options give the same bytes.")]
    [DefaultValue(DemoBankOptions.DefaultSeed)]
    public int Seed { get; init; } = DemoBankOptions.DefaultSeed;

    [CommandOption("--periods <LIST>")]
    [Description("Comma-separated periods YYYYMM with month-end data (default: 202609,202610).")]
    [DefaultValue("202609,202610")]
    public string Periods { get; init; } = "202609,202610";

    [CommandOption("--plant")]
    [Description("Plant at least one known violation of every rule of rules.md and list them in planted.csv.")]
    public bool Plant { get; init; }

    [CommandOption("--no-users")]
    [Description("Make no users and no session: the bank's first admin is then made with `users init NAME --password-stdin`.")]
    public bool NoUsers { get; init; }

    [CommandOption("--force")]
    [Description("Replace a demo bank that already exists in the folder.")]
    public bool Force { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out DIR 必填 (required)：演示银行写入的文件夹。");
        }

        if (!Enum.TryParse<DemoBankSize>(Size, ignoreCase: true, out _) || int.TryParse(Size, out _))
        {
            return ValidationResult.Error($"--size '{Size}' 不是有效规模 (not a size)：可用 tiny、small、medium 或 large。");
        }

        var periods = Periods.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (periods.Length == 0 || periods.Any(p => !ReportingPeriod.TryParse(p, out _)))
        {
            return ValidationResult.Error($"--periods '{Periods}' 须为逗号分隔的期次 YYYYMM，例如 202609,202610。");
        }

        return ValidationResult.Success();
    }

    public DemoBankOptions ToOptions() => new()
    {
        OutputDirectory = Out!,
        Size = Enum.Parse<DemoBankSize>(Size, ignoreCase: true),
        Seed = Seed,
        Periods = [.. Periods.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ReportingPeriod.Parse).Distinct().Order()],
        Plant = Plant,
    };
}
