using System.ComponentModel;
using System.IO.Abstractions;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

[Description("Write a generated demo bank: a SQLite core-system database, the interbank ledger files and appsettings.json; then make the demo's users and log its operator in (unless --no-users).")]
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
