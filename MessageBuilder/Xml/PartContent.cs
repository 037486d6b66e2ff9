using System.Globalization;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Xml;

/// <summary>
/// The records of one part, sorted by its key, as the report file writes them. The PART line needs the
/// count and the control sum before the first record, so they are given up front and the records are
/// only enumerated once: the writer holds one record at a time, whatever the source of the sequence.
/// </summary>
public sealed record PartContent(PartDefinition Part, IEnumerable<ReportRecord> Records, long Count, decimal Control)
{
    /// <summary>A part read twice: once for the control sum, once to write it.</summary>
    public static PartContent Of(PartDefinition part, IReadOnlyCollection<ReportRecord> records) =>
        new(part, records, records.Count, records.Sum(r => ControlOf(part, r)));

    /// <summary>The record's contribution to its PART's control attribute: its control field (empty counts 0), or 0 for parts without one.</summary>
    public static decimal ControlOf(PartDefinition part, ReportRecord record) =>
        part.ControlIndex >= 0 && record.Values[part.ControlIndex] is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : 0m;
}
