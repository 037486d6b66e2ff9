using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("停用用户 (disable) 并结束其会话（仅 admin，不能停用自己）。该变更记入审计 (audited)。")]
public sealed class UsersDisableCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UserNameSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UserNameSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        await engine.Get<UserService>().DisableAsync(settings.Name, await engine.ActorAsync(), engine.Stopping);
        console.MarkupLineInterpolated($"用户 [bold]{settings.Name}[/] 已停用 (disabled)，其会话已结束。");
        return (int)ExitCode.Ok;
    }
}
