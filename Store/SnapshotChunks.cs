using System.Text;
using RiskReporting.Core.Reports;
using ZstdSharp;

namespace RiskReporting.Store;

/// <summary>
/// The stored form of a run's records (issue #16, ADR 0020): each part in report order, cut into chunks of
/// <see cref="RecordsPerChunk"/> records, each chunk one zstd-compressed row with the order key of its last record as
/// the sparse index a lookup by key uses.
/// A chunk is the records' values in field order and then their source, each as a length-prefixed UTF-8 string
/// (<see cref="BinaryWriter.Write(string)"/>).
/// </summary>
public static class SnapshotChunks
{
    public const int RecordsPerChunk = 256;

    private const int Level = 3;

    public static byte[] Encode(IReadOnlyList<ReportRecord> records)
    {
        using var buffer = new MemoryStream(records.Count * 256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var record in records)
            {
                foreach (var value in record.Values)
                {
                    writer.Write(value);
                }

                writer.Write(record.Source);
            }
        }

        using var compressor = new Compressor(Level);
        return compressor.Wrap(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).ToArray();
    }

    public static ReportRecord[] Decode(PartDefinition part, byte[] data, int count)
    {
        using var decompressor = new Decompressor();
        var raw = decompressor.Unwrap(data).ToArray();
        using var reader = new BinaryReader(new MemoryStream(raw, writable: false), Encoding.UTF8);
        var records = new ReportRecord[count];
        for (var r = 0; r < count; r++)
        {
            var values = new string[part.Fields.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.ReadString();
            }

            records[r] = new ReportRecord(part, values) { Source = reader.ReadString() };
        }

        return records;
    }

    /// <summary>
    /// The record's key as bytes whose unsigned byte order is <see cref="RecordKey.Compare"/>'s order: each key field as
    /// UTF-16 big-endian code units (ordinal order), a whole-number field as its length without leading zeros (four digits)
    /// and then those digits, fields separated by U+0001, which the text rule keeps out of every value.
    /// </summary>
    public static byte[] OrderKey(ReportRecord record) => OrderKey(record.Part, record.Part.KeyIndexes.Select(i => record.Values[i]).ToList());

    /// <summary>The order key of a key in its one-string form (<see cref="ReportRecord.Key"/>), or null when it has not the part's number of key fields.</summary>
    public static byte[]? OrderKey(PartDefinition part, string key)
    {
        var values = key.Split('|').Select(v => v.Replace("%7C", "|", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal)).ToList();
        return values.Count == part.KeyIndexes.Count ? OrderKey(part, values) : null;
    }

    private static byte[] OrderKey(PartDefinition part, List<string> values)
    {
        var text = new StringBuilder();
        for (var k = 0; k < values.Count; k++)
        {
            if (k > 0)
            {
                text.Append('\u0001');
            }

            var value = values[k];
            if (part.Fields[part.KeyIndexes[k]].Type == FieldType.WholeNumber)
            {
                var digits = value.TrimStart('0');
                text.Append(Math.Min(digits.Length, 9999).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(digits);
            }
            else
            {
                text.Append(value);
            }
        }

        return Encoding.BigEndianUnicode.GetBytes(text.ToString());
    }

    /// <summary>Unsigned byte order, as SQLite compares BLOBs and PostgreSQL bytea.</summary>
    public static int CompareKeys(byte[] x, byte[] y) => x.AsSpan().SequenceCompareTo(y);
}
