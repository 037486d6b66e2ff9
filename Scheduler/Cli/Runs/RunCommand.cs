using System.ComponentModel;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

[Description("运行一个报告期的月度报送：抽取、校验、生成报送包。退出码 (exit)：0 已生成 (built)，3 被阻断 (blocked)，4 等待台账 (waiting for the ledger)，5 拒绝 (refused)，1 失败 (failed)，2 用法错误 (usage)。Ctrl+C 或 SIGTERM 使运行以 FAILED 结束，已取消 (cancelled)，不留下部分输出。")]
public sealed class RunCommand(EngineComposer composer, RunSummary summary, StepProgress steps) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, settings.Flags(), cancellationToken);
        var actor = await engine.ActorAsync();
        var outcome = await steps.ShowAsync(progress => engine.Get<RunService>().RunAsync(settings.ReportingPeriod, actor, progress, engine.Stopping));
        return summary.Report(outcome, "运行失败 (the run failed)。");
    }
}
