using RiskReporting.Core.Runs;
using RiskReporting.Core.Spill;

namespace RiskReporting.Engine.Runs;

/// <summary>One run while it works: its record as last stored, its folder, its log, its spill area and its progress.</summary>
internal sealed class RunContext(RunRecord run, string directory, RunLog log, SpillArea spill, RunProgressReporter progress)
{
    public RunRecord Run { get; set; } = run;

    public string Directory => directory;

    public RunLog Log => log;

    public SpillArea Spill => spill;

    public RunProgressReporter Progress => progress;

    /// <summary>What the run is doing now, in words for its cause if it fails here: "extracting from …", "writing the package …".</summary>
    public string Step { get; set; } = "starting the run";

    /// <summary>The ORG and scope threshold the batch is built with, as recorded in the state store.</summary>
    public required Core.State.BatchParameters Parameters { get; init; }
}
