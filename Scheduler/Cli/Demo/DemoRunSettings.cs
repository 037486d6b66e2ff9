using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Demo;

public sealed class DemoRunSettings : CommandSettings
{
    [CommandOption("--dir <DIR>")]
    [Description("演示银行所在的文件夹；尚无演示银行时用 `demo init --size small` 创建。")]
    [DefaultValue("demo")]
    public string Dir { get; init; } = "demo";
}
