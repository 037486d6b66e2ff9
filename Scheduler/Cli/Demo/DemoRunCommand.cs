using System.ComponentModel;
using System.IO.Abstractions;
using System.Text.Json;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using RiskReporting.Scheduler.Cli.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

[Description("新手入门命令 (newcomer)：--dir 下没有演示银行时生成 small 演示银行，（首次）创建其用户并让其 operator 登录，然后对最新报告期运行月度作业。")]
public sealed class DemoRunCommand(DemoBankBuilder builder, DemoUsers users, IFileSystem fileSystem, IAnsiConsole console, RunCommand run) : AsyncCommand<DemoRunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoRunSettings settings, CancellationToken cancellationToken)
    {
        var directory = fileSystem.Path.GetFullPath(settings.Dir);
        var settingsFile = fileSystem.Path.Combine(directory, "appsettings.json");
        if (!fileSystem.File.Exists(settingsFile) || !fileSystem.File.Exists(fileSystem.Path.Combine(directory, "source.db")))
        {
            console.MarkupLineInterpolated($"{directory} 中尚无演示银行：正在生成 small 规模的演示银行。");
            await builder.BuildAsync(new DemoBankOptions { OutputDirectory = directory }, force: true, cancellationToken);
        }
        else
        {
            console.MarkupLineInterpolated($"使用 {directory} 中的演示银行。");
        }

        await users.EnsureAsync(settingsFile, cancellationToken);
        var latest = LatestPeriod(settingsFile);
        console.MarkupLineInterpolated($"演示银行的最新期次：[bold]{latest}[/]（数据日期 {latest.DataDateText}）。");
        console.MarkupLineInterpolated($"riskreport run --period {latest} --config {settingsFile}");
        return await run.ExecuteAsync(context, new RunSettings { Period = latest.ToString(), Config = settingsFile }, cancellationToken);
    }

    private ReportingPeriod LatestPeriod(string settingsFile)
    {
        using var document = JsonDocument.Parse(fileSystem.File.ReadAllText(settingsFile));
        if (document.RootElement.TryGetProperty("Demo", out var demo) && demo.TryGetProperty("Periods", out var periods) && periods.GetArrayLength() > 0)
        {
            return periods.EnumerateArray().Select(p => ReportingPeriod.Parse(p.GetString()!)).Max();
        }

        throw new InvalidDataException($"{settingsFile} 没有 Demo:Periods 列表；请用 `riskreport demo init --force` 重建演示银行。");
    }
}
