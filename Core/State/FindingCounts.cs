namespace RiskReporting.Core.State;

/// <summary>How many findings pass a query's filters, in all and by rule, severity, part and branch (keys in ordinal order).</summary>
public sealed record FindingCounts(
    int Total,
    IReadOnlyDictionary<string, int> ByRule,
    IReadOnlyDictionary<string, int> BySeverity,
    IReadOnlyDictionary<string, int> ByPart,
    IReadOnlyDictionary<string, int> ByBranch);
