using System.ComponentModel;
using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Cli.Users;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Sessions;

[Description("登录 (log in)：密码从终端读取（不回显）或用 --password-stdin；会话令牌 (token) 写入 RISKREPORT_SESSION 指定的文件（默认 ~/.config/riskreport/session，权限 0600）。")]
public sealed class LoginCommand(EngineComposer composer, IFileSystem fileSystem, IAnsiConsole console) : AsyncCommand<PasswordSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PasswordSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var password = PasswordInput.Read(settings.PasswordStdin, $"{settings.Name} 的密码 (password)：");
        var outcome = await engine.Get<IdentityService>().LoginAsync(settings.Name, password, engine.Stopping);
        var file = CliSession.File(fileSystem);
        file.Write(outcome.Token!);
        console.MarkupLineInterpolated($"已登录为 (logged in as) [bold]{outcome.UserName}[/]，有效至 {outcome.ExpiresAt!.Value.ToOffset(RiskReporting.Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}（北京时间），会话文件 {file.Path}。");
        return (int)ExitCode.Ok;
    }
}
