using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("添加一个带角色 (role) 的用户（仅 admin）。该变更记入审计 (audited)。")]
public sealed class UsersAddCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UsersAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersAddSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var password = settings.PasswordStdin || !Console.IsInputRedirected ? PasswordInput.Read(settings.PasswordStdin, $"{settings.Name} 的密码 (password)：") : null;
        var change = await engine.Get<UserService>().AddAsync(settings.Name, settings.Role!, password, actor, engine.Stopping);
        console.MarkupLineInterpolated($"已添加用户 (added user) [bold]{change.Account.Name}[/]，角色 {change.Account.Role}{(password is null ? "（通过本行目录服务登录 directory）" : string.Empty)}。");
        return (int)ExitCode.Ok;
    }
}
