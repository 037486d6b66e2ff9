namespace RiskReporting.Core.State;

/// <summary>
/// Which WARNING findings of a run are explained: by an explanation of the period for the same rule and
/// key, or by a carry-forward explanation of an earlier period whose values digest still matches.
/// </summary>
public static class ExplanationMatcher
{
    public static Explanation? For(StoredFinding finding, Periods.ReportingPeriod period, string currentDigest, IEnumerable<Explanation> explanations) =>
        explanations.Where(e => e.Rule == finding.Rule && e.Key == finding.Key)
            .Where(e => e.Period == period || (e.CarryForward && e.Period < period && e.ValuesDigest == currentDigest))
            .OrderByDescending(e => e.At)
            .FirstOrDefault();
}
