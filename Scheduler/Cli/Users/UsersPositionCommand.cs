using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("Set a user's position (admin only): 客户信息主管, 部门经理 or 总经理, beside the role; a purge is approved by each in turn. The change is audited.")]
public sealed class UsersPositionCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UsersPositionSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersPositionSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var position = await engine.Get<UserService>().SetPositionAsync(settings.Name, settings.Position, await engine.ActorAsync(), engine.Stopping);
        console.MarkupLineInterpolated($"用户 [bold]{settings.Name}[/] 的职务 (position) 现为 {position ?? "（无）"}。");
        return (int)ExitCode.Ok;
    }
}
