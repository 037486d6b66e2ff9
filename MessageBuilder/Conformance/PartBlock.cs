using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>One PART of a report file as read: its line, its attributes as written, and what its records add up to.</summary>
internal sealed class PartBlock(PartDefinition part, int line, string records, string control)
{
    public PartDefinition Part { get; } = part;

    public int Line { get; } = line;

    public string RecordsAttribute { get; } = records;

    public string ControlAttribute { get; } = control;

    public long Count { get; set; }

    public decimal Control { get; set; }
}
