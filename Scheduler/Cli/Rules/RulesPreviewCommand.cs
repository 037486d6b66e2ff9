using System.ComponentModel;
using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Rules;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

[Description("分别用候选规则集 (candidate) 和现行规则 (rules in force) 抽取一个报告期，并按报表部分 (part) 列出候选规则将新增、删除或变更的记录。")]
public sealed class RulesPreviewCommand(EngineComposer composer, IFileSystem fileSystem, IAnsiConsole console, Runs.StepProgress steps) : AsyncCommand<RulesPreviewSettings>
{
    private const int Shown = 5;

    public override async Task<int> ExecuteAsync(CommandContext context, RulesPreviewSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, settings.SourceFlags(), cancellationToken);
        var actor = await engine.ActorAsync();
        var rules = engine.Get<RuleService>();
        var (period, candidate) = (ReportingPeriod.Parse(settings.Period!), fileSystem.Path.GetFullPath(settings.Rules!));
        var preview = await steps.ShowAsync(progress => Task.Run(() => rules.Preview(period, candidate, actor, progress, engine.Stopping), engine.Stopping));
        console.MarkupLineInterpolated($"{preview.Period}：现行规则 (rules in force) {preview.ActiveVersion} → 候选规则 (candidate) {preview.CandidateVersion}（两者在同一只读事务中读取源系统）");
        var table = new Table().AddColumn("数据段 (part)").AddColumn(new TableColumn("新增 (added)").RightAligned()).AddColumn(new TableColumn("删除 (removed)").RightAligned())
            .AddColumn(new TableColumn("变更 (changed)").RightAligned()).AddColumn("示例 (examples)");
        foreach (var diff in preview.Parts)
        {
            var examples = diff.Added.Take(Shown).Select(k => "+" + k)
                .Concat(diff.Removed.Take(Shown).Select(k => "-" + k))
                .Concat(diff.Changed.Take(Shown).Select(c => $"~{c.Key} ({string.Join(";", c.Fields)})"));
            table.AddRow(diff.Part, Count(diff.Added.Count), Count(diff.Removed.Count), Count(diff.Changed.Count), Markup.Escape(string.Join("  ", examples)));
        }

        console.Write(table);
        return (int)ExitCode.Ok;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
