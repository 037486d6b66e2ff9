using System.ComponentModel;
using System.IO.Abstractions;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Sessions;

[Description("Log out: end the session in the store and remove the session file.")]
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
