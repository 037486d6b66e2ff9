using System.ComponentModel;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("首次使用 (first use)：创建第一个用户，即一个 admin。仅在尚无用户时可用；无需会话。")]
public sealed class UsersInitCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<PasswordSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PasswordSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var password = PasswordInput.Read(settings.PasswordStdin, $"{settings.Name} 的密码 (password)：");
        var admin = await engine.Get<IdentityService>().InitAsync(settings.Name, password, engine.Stopping);
        console.MarkupLineInterpolated($"已创建第一个用户 (first user) [bold]{admin.Name}[/]（{admin.Role}）。请用 `riskreport login {admin.Name}` 登录，再用 `riskreport users add NAME --role ROLE` 添加用户。");
        return (int)ExitCode.Ok;
    }
}
