using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("记录对某条记录某个字段的手工补录 (override)，在下次运行时叠加在抽取的记录之上；或撤销一条补录。")]
public sealed class OverrideCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<OverrideSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OverrideSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var overrides = engine.Get<OverrideService>();
        if (settings.Remove is { } id)
        {
            var period = await overrides.RemoveAsync(id, actor, engine.Stopping);
            console.MarkupLineInterpolated($"补录 {id} 已由 {actor.Name} 撤销。{await overrides.RemovalNextStepAsync(period, engine.Stopping)}");
            return (int)ExitCode.Ok;
        }

        var request = new OverrideRequest(ReportingPeriod.Parse(settings.Period!), settings.Part!, settings.Key!, settings.Field!, settings.Value!, settings.Reason!);
        var adjustment = await overrides.AddAsync(request, actor, engine.Stopping);
        console.MarkupLineInterpolated($"补录 {adjustment.Id} 已记录：{adjustment.Part} {adjustment.Key} {adjustment.Field} = {adjustment.Value}。{await overrides.NextStepAsync(adjustment.Period, engine.Stopping)}");
        return (int)ExitCode.Ok;
    }
}
