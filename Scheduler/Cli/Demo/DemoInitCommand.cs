using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

[Description("Write a generated demo bank: a SQLite core-system database, the interbank ledger files and appsettings.json.")]
public sealed class DemoInitCommand(DemoBankBuilder builder) : Command<DemoInitSettings>
{
    public override int Execute(CommandContext context, DemoInitSettings settings, CancellationToken cancellationToken)
    {
        builder.Build(settings.ToOptions(), settings.Force);
        return (int)ExitCode.Ok;
    }
}
