using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("更改用户的角色 (role)（仅 admin，不能改自己的）。该变更记入审计 (audited)。")]
public sealed class UsersRoleCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UsersRoleSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersRoleSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var change = await engine.Get<UserService>().SetRoleAsync(settings.Name, settings.Role, await engine.ActorAsync(), engine.Stopping);
        console.MarkupLineInterpolated($"用户 [bold]{change.Account.Name}[/] 的角色 (role) 现为 {change.Account.Role}。");
        return (int)ExitCode.Ok;
    }
}
