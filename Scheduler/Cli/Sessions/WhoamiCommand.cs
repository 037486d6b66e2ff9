using System.ComponentModel;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Sessions;

[Description("显示当前会话 (session) 的用户和角色；未登录时退出码为 6。")]
public sealed class WhoamiCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        console.WriteLine($"{actor.Name} {actor.Role}");
        return (int)ExitCode.Ok;
    }
}
