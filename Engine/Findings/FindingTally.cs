using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Findings;

/// <summary>A batch's findings counted by rule, severity, part and branch.</summary>
public sealed record FindingTally(RunRecord Run, IReadOnlyDictionary<string, int> ByRule, IReadOnlyDictionary<string, int> BySeverity, IReadOnlyDictionary<string, int> ByPart, IReadOnlyDictionary<string, int> ByBranch)
{
    public int Total => BySeverity.Values.Sum();
}
