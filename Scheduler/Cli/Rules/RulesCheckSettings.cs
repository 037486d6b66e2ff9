using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Rules;

public sealed class RulesCheckSettings : CommonSettings
{
    [CommandOption("--source <DATABASE>")]
    [Description("用来检查规则的核心系统数据库 (core-system database)：sqlite:PATH 或 postgres:CONNECTION。覆盖 Extraction:Source。")]
    public string? Source { get; init; }

    [CommandOption("--rules <DIR>")]
    [Description("要检查的抽取规则 (extraction rules) 文件夹（默认：Extraction:Rules，否则为引擎自带的规则）。")]
    public string? Rules { get; init; }

}
