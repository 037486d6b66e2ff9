namespace RiskReporting.Scheduler.Cli;

/// <summary>A command line that names something impossible: exit code 2 with one clear line.</summary>
public sealed class UsageException(string message) : Exception(message);
