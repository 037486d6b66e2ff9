using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Findings;

/// <summary>A WARNING finding of a run, the digest of the values it concerns, and the explanation that covers it, if any.</summary>
public sealed record WarningStatus(StoredFinding Finding, string Digest, Explanation? ExplainedBy)
{
    /// <summary>
    /// Which of the given findings of a run are warnings and who explained them: an explanation of the period,
    /// or a carried-forward one whose values digest still matches. explain, status and approve all decide it here.
    /// </summary>
    public static async Task<IReadOnlyList<WarningStatus>> OfAsync(IStateStore store, RunRecord run, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken)
    {
        var explanations = await store.ExplanationsForAsync(run.Period, cancellationToken);
        var warnings = new List<WarningStatus>();
        foreach (var finding in findings.Where(f => f.Severity == "WARNING"))
        {
            var digest = await FindingDigest.OfAsync(store, run.RunId, finding, cancellationToken);
            warnings.Add(new WarningStatus(finding, digest, ExplanationMatcher.For(finding, run.Period, digest, explanations)));
        }

        return warnings;
    }
}
