using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Portal;

/// <summary>serve [--urls URLS] [--config FILE] [--work DIR]: the web portal on the engine this configuration names.</summary>
public sealed class ServeSettings : CommonSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where the portal listens (default Portal:Urls, else http://127.0.0.1:5080). Several are separated by ';'.")]
    public string? Urls { get; init; }
}
