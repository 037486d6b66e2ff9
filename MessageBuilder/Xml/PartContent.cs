using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Xml;

/// <summary>The records of one part, sorted by its key, as the report file writes them.</summary>
public sealed record PartContent(PartDefinition Part, IReadOnlyList<ReportRecord> Records)
{
    /// <summary>The PART's control attribute: the sum of its control field (empty counts 0), or 0.00 for parts without one.</summary>
    public decimal Control => Part.ControlIndex < 0
        ? 0m
        : Records.Sum(r => r.Values[Part.ControlIndex] is { Length: > 0 } v ? decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0m);
}
