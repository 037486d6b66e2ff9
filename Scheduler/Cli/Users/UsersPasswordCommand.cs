using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("Set a user's password and clear its lockout (an admin for anyone, a user for itself). The change is audited.")]
public sealed class UsersPasswordCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<PasswordSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PasswordSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var password = PasswordInput.Read(settings.PasswordStdin, $"New password for {settings.Name}: ");
        await engine.Get<UserService>().SetPasswordAsync(settings.Name, password, actor, engine.Stopping);
        console.MarkupLineInterpolated($"[bold]{settings.Name}[/] 的密码已设置 (password set)。");
        return (int)ExitCode.Ok;
    }
}
