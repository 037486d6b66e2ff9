using RiskReporting.Core.Periods;

namespace RiskReporting.Extraction.Rules;

/// <summary>A versioned set of extraction rules, effective from a period until a later set takes over.</summary>
public sealed record RuleSet(string Version, ReportingPeriod EffectiveFrom, string Directory, IReadOnlyDictionary<string, RuleQuery> Queries)
{
    public RuleQuery this[string name] => Queries[name];
}
