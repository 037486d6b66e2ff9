using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Runs;

/// <summary>One run's run.log as `riskreport logs --run` prints it: the run, where the file is, and its lines.</summary>
public sealed record RunLogText(RunRecord Run, string Path, IReadOnlyList<string> Lines);
