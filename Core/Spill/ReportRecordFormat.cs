using System.Globalization;
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

    public ReportRecord Read(SpillReader reader)
    {
        var values = new string[part.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString(i);
        }

        return new ReportRecord(part, values) { Source = reader.ReadString() };
    }

    /// <summary>
    /// The sum of one decimal field over the records (an empty value counts 0), read from the spilled runs without the merge and
    /// without a string per value when the records were spilled: a part's control sum before its records are written (issue #16).
    /// The sum of decimals with two places is exact, so the order it is taken in does not change it.
    /// </summary>
    public static decimal Sum(IReadOnlyCollection<ReportRecord> records, PartDefinition part, int field)
    {
        if (records is not SortedCollection<ReportRecord> { SpilledRuns: > 0 } spilled)
        {
            return records.Sum(r => r.Values[field] is { Length: > 0 } v ? decimal.Parse(v, NumberStyles.Number, CultureInfo.InvariantCulture) : 0m);
        }

        var sum = 0m;
        spilled.VisitRuns((reader, count) =>
        {
            for (var item = 0; item < count; item++)
            {
                for (var i = 0; i < part.Fields.Count; i++)
                {
                    var value = reader.ReadStringBytes();
                    if (i == field && value.Length > 0)
                    {
                        sum += decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
                    }
                }

                reader.ReadStringBytes();
            }
        });
        return sum;
    }

    /// <summary>A sorter for one part's records in report order (report-tables.md: by key, ordinal, I fields as numbers).</summary>
    public static ExternalSorter<ReportRecord> Sorter(PartDefinition part, SpillArea? spill) =>
        new(part.Code, RecordKey.Comparer, new ReportRecordFormat(part), spill);
}
