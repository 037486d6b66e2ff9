using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("答复争议项 (answer)：RESULT 1 或 2，附说明和举证材料 (evidence)；答复提交信贷管理部门审核 (review)。")]
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
