using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli;

/// <summary>What every verb accepts, so that one bank's folder is addressed the same way by every command.</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("appsettings.json to read (default: ./appsettings.json when present). Relative paths in it are relative to its folder.")]
    public string? Config { get; init; }

    [CommandOption("--work <DIR>")]
    [Description("Work folder: run outputs under WORK/YYYYMM/BATCH/ and, by default, the state store WORK/state.db.")]
    public string? Work { get; init; }
}
