using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Record a manual adjustment (补录) of one field of one record, applied on top of the extracted records at the next run; or remove one.")]
public sealed class OverrideCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<OverrideSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OverrideSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var overrides = engine.Get<OverrideService>();
        if (settings.Remove is { } id)
        {
            await overrides.RemoveAsync(id, actor, engine.Stopping);
            console.MarkupLineInterpolated($"补录 {id} 已由 {actor.Name} 撤销；下次运行重新报送抽取值。");
            return (int)ExitCode.Ok;
        }

        var request = new OverrideRequest(ReportingPeriod.Parse(settings.Period!), settings.Part!, settings.Key!, settings.Field!, settings.Value!, settings.Reason!);
        var adjustment = await overrides.AddAsync(request, actor, engine.Stopping);
        console.MarkupLineInterpolated($"补录 {adjustment.Id} 已记录：{adjustment.Part} {adjustment.Key} {adjustment.Field} = {adjustment.Value}。{await overrides.NextStepAsync(adjustment.Period, engine.Stopping)}");
        return (int)ExitCode.Ok;
    }
}
