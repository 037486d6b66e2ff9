using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Approval;

[Description("Approve a period's package with four eyes: no ERROR, every WARNING explained, and the approver explained none of them. The package moves to the outbox and the batch is PUBLISHED.")]
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
