using System.ComponentModel;
using RiskReporting.Engine.Handover;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("人员变动时的交接 (handover)（第13–16条）：OLD --to NEW（admin）在 WORK/archive/handover/ 下写出交接清单 PDF，输出清单，并将 OLD 未完成的事项移交给 NEW；--acknowledge ID（NEW，本人会话）确认接收并停用 OLD。")]
public sealed class UsersHandoverCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UsersHandoverSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersHandoverSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var handovers = engine.Get<HandoverService>();
        if (settings.Acknowledge is { } id)
        {
            var acknowledged = await handovers.AcknowledgeAsync(id, actor, engine.Stopping);
            console.MarkupLineInterpolated($"交接清单 {acknowledged.HandoverId}：{acknowledged.To} 已接收 {acknowledged.Items.Count} 项；{acknowledged.From} 已停用 (disabled)。");
            return (int)ExitCode.Ok;
        }

        var handover = await handovers.HandOverAsync(settings.Old!, settings.To!, actor, engine.Stopping);
        console.MarkupLineInterpolated($"[bold]{HandoverService.Title}[/] {handover.HandoverId}");
        foreach (var line in HandoverService.Preface(handover))
        {
            console.MarkupLineInterpolated($"{line}");
        }

        foreach (var section in HandoverService.Sections(handover))
        {
            console.MarkupLineInterpolated($"[bold]{section.Heading}[/]");
            foreach (var row in section.Rows)
            {
                console.MarkupLineInterpolated($"  {string.Join("  ", row)}");
            }

            if (section.Note is { } note)
            {
                console.MarkupLineInterpolated($"  {note}");
            }
        }

        console.MarkupLineInterpolated($"PDF {handover.PdfPath} sha256 {handover.PdfSha256}");
        console.MarkupLineInterpolated($"下一步：{handover.To} 登录后运行 `riskreport users handover --acknowledge {handover.HandoverId}` 确认接收。");
        return (int)ExitCode.Ok;
    }
}
