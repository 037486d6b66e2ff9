using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

public sealed class DemoInitSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("写入 source.db、inbox/ 和 appsettings.json 的文件夹。")]
    public string? Out { get; init; }

    [CommandOption("--size <SIZE>")]
    [Description("规模 (size)：tiny（约 30 个客户）、small（默认：约 2,000 个客户、20,000 笔贷款、50,000 笔零售贷款）、medium（约 50,000 / 500,000 / 1,000,000）或 large（约 300,000 / 3,000,000 / 6,000,000）。")]
    [DefaultValue("small")]
    public string Size { get; init; } = "small";

    [CommandOption("--seed <N>")]
    [Description("生成器的种子 (seed)：相同的种子和选项生成相同的字节。")]
    [DefaultValue(DemoBankOptions.DefaultSeed)]
    public int Seed { get; init; } = DemoBankOptions.DefaultSeed;

    [CommandOption("--periods <LIST>")]
    [Description("带月末数据的报告期 YYYYMM，以逗号分隔（默认：202609,202610）。")]
    [DefaultValue("202609,202610")]
    public string Periods { get; init; } = "202609,202610";

    [CommandOption("--plant")]
    [Description("为 rules.md 中的每条规则至少植入一处已知违规 (planted violation)，并列在 planted.csv 中。")]
    public bool Plant { get; init; }

    [CommandOption("--no-users")]
    [Description("不创建用户和会话 (session)：此后用 `users init NAME --password-stdin` 创建该银行的第一个 admin。")]
    public bool NoUsers { get; init; }

    [CommandOption("--force")]
    [Description("替换文件夹中已有的演示银行 (force)。")]
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
