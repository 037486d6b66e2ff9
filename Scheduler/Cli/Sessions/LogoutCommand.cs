using System.ComponentModel;
using System.IO.Abstractions;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Sessions;

[Description("退出登录 (log out)：在状态库中结束会话并删除会话文件。")]
public sealed class LogoutCommand(EngineComposer composer, IFileSystem fileSystem, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var file = CliSession.File(fileSystem);
        await engine.Get<IdentityService>().LogoutAsync(file.Read(), engine.Stopping);
        file.Delete();
        console.MarkupLine("已退出登录 (logged out)。");
        return (int)ExitCode.Ok;
    }
}
