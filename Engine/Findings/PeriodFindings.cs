using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Findings;

/// <summary>One period's latest batch for review: its ERROR count, its warnings with who explained them, and the period's overrides.</summary>
public sealed record PeriodFindings(RunRecord Run, int Errors, IReadOnlyList<WarningStatus> Warnings, IReadOnlyList<Override> Overrides)
{
    public IReadOnlyList<WarningStatus> Open => [.. Warnings.Where(w => w.ExplainedBy is null)];

    public IReadOnlyList<WarningStatus> Explained => [.. Warnings.Where(w => w.ExplainedBy is not null)];
}
