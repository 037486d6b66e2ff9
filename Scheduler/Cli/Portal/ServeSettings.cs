using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Portal;

/// <summary>serve [--urls URLS] [--config FILE] [--work DIR]: the web portal on the engine this configuration names.</summary>
public sealed class ServeSettings : CommonSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("门户的监听地址 (urls)（默认 Portal:Urls，否则为 http://127.0.0.1:5080）。多个地址以 ';' 分隔。")]
    public string? Urls { get; init; }
}
