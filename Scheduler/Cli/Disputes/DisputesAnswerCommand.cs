using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Answer a dispute item (RESULT 1 or 2) with an explanation and evidence; it goes to credit management for review.")]
public sealed class DisputesAnswerCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesAnswerSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesAnswerSettings settings, CancellationToken cancellationToken)
    {
        var item = await disputes.AnswerAsync(settings.Reference, settings.Answer, settings.Uploads, actor, cancellationToken);
        Console.MarkupLineInterpolated($"举证项 {item.DisputeId} 已由 {actor.Name} 答复 RESULT {(int)item.Answer!.Result}，已提交 (SUBMITTED) 信贷管理部门审核。");
        return (int)ExitCode.Ok;
    }
}
