using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Approval;

[Description("按四眼原则 (four eyes) 审批报告期的报送包：没有 ERROR，每条 WARNING 都已说明，且审批人未说明其中任何一条。报送包移入发件箱 (outbox)，批次变为 PUBLISHED。")]
public sealed class ApproveCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<ApproveSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ApproveSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var result = await engine.Get<ApprovalService>().ApproveAsync(ReportingPeriod.Parse(settings.Period!), actor, engine.Stopping);
        console.MarkupLineInterpolated($"{result.Run.Period} 第 {result.Run.Batch:D2} 批已由 {actor.Name} 审批并报送 (approved, published)：{result.OutboxPath}");
        return (int)ExitCode.Ok;
    }
}
