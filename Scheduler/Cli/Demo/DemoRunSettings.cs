using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

public sealed class DemoRunSettings : CommandSettings
{
    [CommandOption("--dir <DIR>")]
    [Description("The demo bank's folder; created with `demo init --size small` when it holds no bank yet.")]
    [DefaultValue("demo")]
    public string Dir { get; init; } = "demo";
}
