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
        using var encoder = new ChunkEncoder();
        return encoder.Encode(records);
    }

    /// <summary>
    /// Chunks encoded one after another with one buffer and one compression context (issue #16: a new context and a growing
    /// buffer for each of a medium run's 22,000 chunks was half a gigabyte of allocation). The bytes are those of <see cref="Encode"/>.
    /// </summary>
    public sealed class ChunkEncoder : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly BinaryWriter _writer;
        private readonly Compressor _compressor = new(Level);
        private byte[] _compressed = [];

        public ChunkEncoder() => _writer = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);

        public byte[] Encode(IReadOnlyList<ReportRecord> records)
        {
            _buffer.SetLength(0);
            foreach (var record in records)
            {
                foreach (var value in record.Values)
                {
                    _writer.Write(value);
                }

                _writer.Write(record.Source);
            }

            _writer.Flush();
            var raw = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
            var bound = (int)Compressor.GetCompressBound(raw.Length);
            if (_compressed.Length < bound)
            {
                _compressed = new byte[bound];
            }

            return _compressed.AsSpan(0, _compressor.Wrap(raw, _compressed)).ToArray();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _buffer.Dispose();
            _compressor.Dispose();
        }
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
    /// A surrogate without its pair is written as U+FFFD, as <see cref="Encoding.BigEndianUnicode"/> writes it.
    /// </summary>
    public static byte[] OrderKey(ReportRecord record)
    {
        var buffer = Array.Empty<byte>();
        var length = WriteOrderKey(record, ref buffer);
        return buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// The record's <see cref="OrderKey(ReportRecord)"/> written at the start of <paramref name="buffer"/>, which is replaced
    /// by a larger one when it is too short; returns the key's length. The store writes every record's key into one buffer
    /// (issue #16: a new key, string and list per record was a twentieth of what a medium run allocated).
    /// </summary>
    public static int WriteOrderKey(ReportRecord record, ref byte[] buffer) => WriteOrderKey(record.Part, record.Values, record.Part.KeyIndexes, ref buffer);

    /// <summary>The order key of a key in its one-string form (<see cref="ReportRecord.Key"/>), or null when it has not the part's number of key fields.</summary>
    public static byte[]? OrderKey(PartDefinition part, string key)
    {
        var values = key.Split('|').Select(v => v.Replace("%7C", "|", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal)).ToList();
        if (values.Count != part.KeyIndexes.Count)
        {
            return null;
        }

        var buffer = Array.Empty<byte>();
        var length = WriteOrderKey(part, values, [.. Enumerable.Range(0, values.Count)], ref buffer);
        return buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>The key whose <paramref name="k"/>-th field is <c>values[positions[k]]</c>.</summary>
    private static int WriteOrderKey(PartDefinition part, IReadOnlyList<string> values, IReadOnlyList<int> positions, ref byte[] buffer)
    {
        var needed = 0;
        for (var k = 0; k < positions.Count; k++)
        {
            // The value's code units, a separator and at most four digits of length.
            needed += 2 * (values[positions[k]].Length + 5);
        }

        if (buffer.Length < needed)
        {
            buffer = new byte[Math.Max(needed, 2 * buffer.Length)];
        }

        var to = buffer.AsSpan();
        var at = 0;
        for (var k = 0; k < positions.Count; k++)
        {
            if (k > 0)
            {
                at = Unit(to, at, '\u0001');
            }

            var value = values[positions[k]].AsSpan();
            if (part.Fields[part.KeyIndexes[k]].Type == FieldType.WholeNumber)
            {
                value = value.TrimStart('0');
                var length = Math.Min(value.Length, 9999);
                for (var scale = 1000; scale > 0; scale /= 10)
                {
                    at = Unit(to, at, (char)('0' + length / scale % 10));
                }
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    at = Unit(to, Unit(to, at, c), value[++i]);
                }
                else
                {
                    at = Unit(to, at, char.IsSurrogate(c) ? '\uFFFD' : c);
                }
            }
        }

        return at;
    }

    private static int Unit(Span<byte> to, int at, char c)
    {
        to[at] = (byte)(c >> 8);
        to[at + 1] = (byte)c;
        return at + 2;
    }

    /// <summary>Unsigned byte order, as SQLite compares BLOBs and PostgreSQL bytea.</summary>
    public static int CompareKeys(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y) => x.SequenceCompareTo(y);
}
