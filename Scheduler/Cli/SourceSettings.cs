using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli;

/// <summary>The flags of every verb that extracts a period: where the core system and the ledger inbox are.</summary>
public class SourceSettings : CommonSettings
{
    [CommandOption("--source <DATABASE>")]
    [Description("核心系统数据库 (core-system database)：sqlite:PATH 或 postgres:CONNECTION（其中的 ${VAR} 读取环境变量）。覆盖 Extraction:Source。")]
    public string? Source { get; init; }

    [CommandOption("--inbox <DIR>")]
    [Description("存放 TYYWTZ_{YYYYMM}.csv 或 .xlsx 的收件文件夹 (inbox)。覆盖 Extraction:Inbox。")]
    public string? Inbox { get; init; }

    /// <summary>The flags as configuration keys over appsettings.json.</summary>
    public Dictionary<string, string?> SourceFlags() => new(StringComparer.Ordinal)
    {
        ["Extraction:Source"] = Source,
        ["Extraction:Inbox"] = Inbox,
    };
}
