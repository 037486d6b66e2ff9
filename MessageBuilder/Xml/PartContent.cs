using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Xml;

/// <summary>
/// The records of one part, sorted by its key, as the report file writes them. The PART line needs the
/// count and the control sum before the first record, so they are given up front and the records are
/// only enumerated once: the writer holds one record at a time, whatever the source of the sequence.
/// </summary>
public sealed record PartContent(PartDefinition Part, IEnumerable<ReportRecord> Records, long Count, decimal Control)
{
    /// <summary>A part read twice: once for the control sum (its one field, from the spilled runs as they lie), once to write it.</summary>
    public static PartContent Of(PartDefinition part, IReadOnlyCollection<ReportRecord> records) =>
        new(part, records, records.Count, part.ControlIndex < 0 ? 0m : Core.Spill.ReportRecordFormat.Sum(records, part, part.ControlIndex));
}
