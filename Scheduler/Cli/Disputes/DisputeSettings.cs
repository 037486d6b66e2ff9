using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>What every disputes verb takes besides --config and --work; who acts is the session's user (the access rules depend on its role).</summary>
public class DisputeSettings : CommonSettings
{
}
