using System.ComponentModel;
using System.IO.Abstractions;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

[Description("写出生成的演示银行 (demo bank)：SQLite 核心系统数据库、同业台账文件 (ledger) 和 appsettings.json；然后创建演示用户并让其 operator 登录（除非给出 --no-users）。")]
public sealed class DemoInitCommand(DemoBankBuilder builder, DemoUsers users, IFileSystem fileSystem) : AsyncCommand<DemoInitSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoInitSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        await builder.BuildAsync(options, settings.Force, cancellationToken);
        if (!settings.NoUsers)
        {
            await users.EnsureAsync(fileSystem.Path.Combine(fileSystem.Path.GetFullPath(options.OutputDirectory), "appsettings.json"), cancellationToken);
        }

        return (int)ExitCode.Ok;
    }
}
