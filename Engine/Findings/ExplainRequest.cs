using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Findings;

/// <summary>Explain one WARNING finding (rule and key), or every open one of the rule when <paramref name="Key"/> is null.</summary>
/// <param name="CarryForward">Also explains the same rule and key in later periods while the record's reported values are unchanged.</param>
public sealed record ExplainRequest(ReportingPeriod Period, string Rule, string? Key, string Text, bool CarryForward);
