using System.Text;
using RiskReporting.Core.Reports;

namespace RiskReporting.Store.Tests;

/// <summary>
/// The snapshot's order keys and chunks as the store writes them in bulk (issue #16): one key buffer and one encoder for a whole
/// run give the bytes that a new key and a new encoder for each record and chunk gave.
/// </summary>
public sealed class SnapshotChunksTests
{
    private static readonly string[] Pieces = ["KH", "0", "00", "7", "12", "张三", "|", "%", "A", "😀", "\uD83D", "\uDE00", "𠀀", "\uFFFF", "·", " "];

    [Test]
    public void KeysWrittenIntoOneReusedBuffer_AreTheKeysOfTheOneStringForm_AndTheOrderKeysBeforeTheBulkStore()
    {
        var random = new Random(16);
        var buffer = new byte[4];
        var records = 0;
        Assert.Multiple(() =>
        {
            foreach (var part in ReportParts.All)
            {
                for (var r = 0; r < 400; r++)
                {
                    var record = RandomRecord(part, random);
                    var length = SnapshotChunks.WriteOrderKey(record, ref buffer);
                    var expected = KeyAsFirstBuilt(record);
                    Assert.That(buffer.AsSpan(0, length).ToArray(), Is.EqualTo(expected), $"{part.Code} {record.Key}");
                    Assert.That(SnapshotChunks.OrderKey(record), Is.EqualTo(expected), $"{part.Code} {record.Key}");
                    Assert.That(SnapshotChunks.OrderKey(part, record.Key), Is.EqualTo(expected), $"{part.Code} {record.Key}");
                    records++;
                }
            }
        });
        Assert.That(records, Is.EqualTo(400 * ReportParts.All.Count));
        Assert.That(ReportParts.All.Any(p => p.KeyIndexes.Any(i => p.Fields[i].Type == FieldType.WholeNumber)), Is.True, "some part has a whole-number key field");
    }

    [Test]
    public void AKeysByteOrder_IsTheRecordKeyOrder_ForWholeNumbersWithLeadingZeros()
    {
        var part = ReportParts.All.First(p => p.KeyIndexes.Any(i => p.Fields[i].Type == FieldType.WholeNumber));
        var random = new Random(7);
        var records = Enumerable.Range(0, 2000).Select(_ => RandomRecord(part, random, digitsOnly: true)).ToList();
        Assert.Multiple(() =>
        {
            foreach (var (x, y) in records.Zip(records.Skip(1)))
            {
                var bytes = Math.Sign(SnapshotChunks.CompareKeys(SnapshotChunks.OrderKey(x), SnapshotChunks.OrderKey(y)));
                Assert.That(bytes, Is.EqualTo(Math.Sign(RecordKey.Compare(x, y))), $"{x.Key} against {y.Key}");
            }
        });
    }

    [Test]
    public void OneEncoderForManyChunks_WritesTheBytesOfANewEncoderForEach_AndTheyDecodeToTheRecords()
    {
        var random = new Random(3);
        using var encoder = new SnapshotChunks.ChunkEncoder();
        foreach (var size in new[] { 256, 1, 256, 37, 256 })
        {
            // Decoded from UTF-8, a surrogate without its pair comes back as U+FFFD: a source's UTF-8 text never has one.
            var records = Enumerable.Range(0, size).Select(_ => RandomRecord(ReportParts.B1P3, random, pairedOnly: true)).ToList();
            var reused = encoder.Encode(records);
            Assert.That(reused, Is.EqualTo(SnapshotChunks.Encode(records)));
            var decoded = SnapshotChunks.Decode(ReportParts.B1P3, reused, size);
            Assert.That(decoded.Select(d => (d.Values, d.Source)), Is.EqualTo(records.Select(d => (d.Values, d.Source))));
        }
    }

    private static ReportRecord RandomRecord(PartDefinition part, Random random, bool digitsOnly = false, bool pairedOnly = false)
    {
        var values = part.Fields.Select(f => digitsOnly && f.Type == FieldType.WholeNumber
            ? string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(3) == 0 ? "0" : random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Piece(random, pairedOnly || digitsOnly)))).ToArray();
        return new ReportRecord(part, values) { Source = $"test #{random.Next()}" };
    }

    /// <summary>A piece of text; with <paramref name="pairedOnly"/>, none is a surrogate without its pair (written as U+FFFD, out of order).</summary>
    private static string Piece(Random random, bool pairedOnly)
    {
        var piece = Pieces[random.Next(Pieces.Length)];
        return pairedOnly && piece.Length == 1 && char.IsSurrogate(piece[0]) ? "A" : piece;
    }

    /// <summary>The order key as the store first built it: the key as one string, then the big-endian UTF-16 encoder.</summary>
    private static byte[] KeyAsFirstBuilt(ReportRecord record)
    {
        var text = new StringBuilder();
        for (var k = 0; k < record.Part.KeyIndexes.Count; k++)
        {
            if (k > 0)
            {
                text.Append('\u0001');
            }

            var value = record.Values[record.Part.KeyIndexes[k]];
            if (record.Part.Fields[record.Part.KeyIndexes[k]].Type == FieldType.WholeNumber)
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
}
