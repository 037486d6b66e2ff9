using RiskReporting.Core.Runs;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// How a monthly run ended, with what the operator needs to see. It carries counts, not records: the
/// records of a large part lived in the run's spill folder, which is gone when the run ends.
/// </summary>
/// <param name="RecordCounts">Records per part, in spec order, when extraction got that far.</param>
public sealed record RunOutcome(RunRecord Run, string Directory, IReadOnlyList<(string Part, int Records)>? RecordCounts, IReadOnlyList<Finding> Findings, PackageResult? Package, string? Message)
{
    /// <summary>The manual adjustments (补录) applied on top of the extracted records.</summary>
    public IReadOnlyList<Core.State.Override> Overrides { get; init; } = [];

    /// <summary>Every problem the conformance gate found in the package (file:line: field: message); the run is then FAILED and the package renamed ….zip.rejected.</summary>
    public IReadOnlyList<string> ConformanceProblems { get; init; } = [];

    /// <summary>A correction found no difference from the published batch and built nothing.</summary>
    public bool NothingChanged { get; init; }

    /// <summary>The run was cancelled (Ctrl+C, SIGTERM, a portal's cancel): FAILED with the cause 已取消 (cancelled).</summary>
    public bool Cancelled => Run.State == RunState.Failed && RunFailure.IsCancelled(Run.Failure);
}
