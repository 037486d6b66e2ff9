using System.ComponentModel;
using System.IO.Abstractions;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Rules;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

[Description("加载每套抽取规则集 (rule set)，并在源系统上运行每个查询（不取回任何行）；逐一报告问题及其所在文件、行 (line) 和列 (column)。")]
public sealed class RulesCheckCommand(EngineComposer composer, IFileSystem fileSystem, IAnsiConsole console) : AsyncCommand<RulesCheckSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RulesCheckSettings settings, CancellationToken cancellationToken)
    {
        var flags = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Extraction:Source"] = settings.Source,
            ["Extraction:Rules"] = settings.Rules is null ? null : fileSystem.Path.GetFullPath(settings.Rules),
        };
        await using var engine = await composer.StartAsync(settings, flags, cancellationToken);
        var actor = await engine.ActorAsync();
        var result = engine.Get<RuleService>().Check(actor);
        foreach (var set in result.Sets)
        {
            console.MarkupLineInterpolated($"规则集 (rule set) {set.Version}，自 {set.EffectiveFrom} 起生效：{set.Queries.Count} 个查询（{set.Directory}）");
        }

        if (result.Problems.Count == 0)
        {
            console.MarkupLineInterpolated($"[green]OK[/]：每个查询都能在 {result.Source} 上运行，且返回约定的列 (columns of the contract)。");
            return (int)ExitCode.Ok;
        }

        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(Refusals.FailedPrefix + problem);
        }

        return (int)ExitCode.Failed;
    }
}
