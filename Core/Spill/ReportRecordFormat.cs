using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Spill;

/// <summary>The records of one part in a spill file: the part's values in field order, then the record's source.</summary>
public sealed class ReportRecordFormat(PartDefinition part) : ISpillFormat<ReportRecord>
{
    public void Write(BinaryWriter writer, ReportRecord item)
    {
        foreach (var value in item.Values)
        {
            writer.Write(value);
        }

        writer.Write(item.Source);
    }

    public ReportRecord Read(BinaryReader reader)
    {
        var values = new string[part.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return new ReportRecord(part, values) { Source = reader.ReadString() };
    }

    /// <summary>A sorter for one part's records in report order (report-tables.md: by key, ordinal, I fields as numbers).</summary>
    public static ExternalSorter<ReportRecord> Sorter(PartDefinition part, SpillArea? spill) =>
        new(part.Code, RecordKey.Comparer, new ReportRecordFormat(part), spill);
}
