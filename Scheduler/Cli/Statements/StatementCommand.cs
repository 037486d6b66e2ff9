using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Statements;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Statements;

[Description("当月的文字说明 (statement)（第17–18条）：--draft 输出按批次数据预填的草稿；--file FILE 保存完成的文本，审批需要它。撰写人不能审批该批次（四眼原则 four eyes）。")]
public sealed class StatementCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<StatementSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StatementSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var period = ReportingPeriod.Parse(settings.Period!);
        var statements = engine.Get<StatementService>();
        if (settings.Draft)
        {
            // Plain text, no markup, one line each, so that `> draft.txt` gives the file to complete.
            foreach (var line in (await statements.DraftAsync(period, actor, engine.Stopping)).TrimEnd('\n').Split('\n'))
            {
                console.WriteLine(line);
            }

            return (int)ExitCode.Ok;
        }

        var stored = await statements.SubmitFileAsync(period, settings.File!, actor, engine.Stopping);
        console.MarkupLineInterpolated($"{period} 第 {stored.Batch:D2} 批：文字说明已由 {actor.Name} 保存 (statement stored)，共 {stored.Text.Length} 个字符。");
        return (int)ExitCode.Ok;
    }
}
