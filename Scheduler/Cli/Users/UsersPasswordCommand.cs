using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("设置用户密码并解除锁定 (lockout)（admin 可为任何人设置，用户可为自己设置）。该变更记入审计 (audited)。")]
public sealed class UsersPasswordCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<PasswordSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PasswordSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var password = PasswordInput.Read(settings.PasswordStdin, $"{settings.Name} 的新密码 (new password)：");
        await engine.Get<UserService>().SetPasswordAsync(settings.Name, password, actor, engine.Stopping);
        console.MarkupLineInterpolated($"[bold]{settings.Name}[/] 的密码已设置 (password set)。");
        return (int)ExitCode.Ok;
    }
}
