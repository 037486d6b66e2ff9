using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli;

/// <summary>What every verb accepts, so that one bank's folder is addressed the same way by every command.</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("要读取的 appsettings.json（默认：存在时为 ./appsettings.json）。其中的相对路径相对于该文件所在的文件夹。")]
    public string? Config { get; init; }

    [CommandOption("--work <DIR>")]
    [Description("工作文件夹 (work folder)：运行输出位于 WORK/YYYYMM/BATCH/，默认的状态库 (state store) 为 WORK/state.db。")]
    public string? Work { get; init; }
}
