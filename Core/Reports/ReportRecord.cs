namespace RiskReporting.Core.Reports;

/// <summary>
/// One record of a report part, its values already in message form (amounts "12.50", dates "YYYYMMDD",
/// empty as ""), in the part's field order.
/// </summary>
public sealed class ReportRecord(PartDefinition part, string[] values)
{
    public PartDefinition Part { get; } = part;

    public string[] Values { get; } = values.Length == part.Fields.Count
        ? values
        : throw new ArgumentException($"{part.Code} has {part.Fields.Count} fields, not {values.Length}.", nameof(values));

    /// <summary>The source rows the record came from (rule file and key columns), for `riskreport trace`; empty when unknown.</summary>
    public string Source { get; init; } = string.Empty;

    public string this[string field] => Values[Part.IndexOf(field)];

    /// <summary>The key as one string: values joined by '|' with '%' and '|' escaped (message-format.md, "Record keys").</summary>
    public string Key => RecordKey.Of(this);
}
