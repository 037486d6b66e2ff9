using RiskReporting.Core.Periods;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Catalogue;

/// <summary>One rule of rules/catalogue.csv: its code, category, severity, parts, effective period, switch and message.</summary>
public sealed record CatalogueEntry(string Code, string Category, Severity Severity, IReadOnlyList<string> Parts, ReportingPeriod EffectiveFrom, bool Enabled, string Message)
{
    public bool AppliesTo(ReportingPeriod period) => Enabled && EffectiveFrom <= period;
}
