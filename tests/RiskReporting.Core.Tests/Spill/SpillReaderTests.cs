using System.Text;
using RiskReporting.Core.Spill;

namespace RiskReporting.Core.Tests.Spill;

/// <summary>The spill reader reads what BinaryWriter wrote as BinaryReader read it, whatever its buffer size (issue #16).</summary>
public sealed class SpillReaderTests
{
    [Test]
    public void TheSpillReader_ReadsWhatBinaryWriterWrote_AsBinaryReaderDid_AcrossEveryBufferBoundary()
    {
        var random = new Random(16);
        var strings = new List<string> { string.Empty, "a", "中文", "😀", "\uD800 lone", new string('x', 127), new string('y', 128), new string('z', 16_383), new string('w', 16_384), new string('长', 70_000) };
        strings.AddRange(Enumerable.Range(0, 2_000).Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => "aZ09_中€😀"[random.Next(9)])])));
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (value, i) in strings.Select((s, i) => (s, i)))
            {
                writer.Write(i * 7919 - 1_000_000);
                writer.Write(i % 3 == 0);
                writer.Write(value);
            }
        }

        foreach (var bufferSize in new[] { 1, 2, 5, 64, 1 << 16 })
        {
            using var expected = new BinaryReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8);
            using var reader = new SpillReader(new MemoryStream(bytes.ToArray()), bufferSize);
            for (var i = 0; i < strings.Count; i++)
            {
                Assert.That(reader.ReadInt32(), Is.EqualTo(expected.ReadInt32()), $"buffer {bufferSize}, item {i}");
                Assert.That(reader.ReadBoolean(), Is.EqualTo(expected.ReadBoolean()), $"buffer {bufferSize}, item {i}");
                Assert.That(reader.ReadString(), Is.EqualTo(expected.ReadString()), $"buffer {bufferSize}, item {i}");
            }
        }
    }

    [Test]
    public void StringsReadByColumn_AreThoseBinaryReaderReads_WhetherTheColumnRepeats_RunsLong_OrHoldsBytesThatAreNotUtf8()
    {
        // Codes that repeat; short texts that never do (the column stops looking them up); long texts; repeats that turn
        // unique after the trial, past the capacity; and a repeated value whose bytes are not UTF-8 (written as raw bytes).
        const int Rows = 12_000;
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            for (var r = 0; r < Rows; r++)
            {
                writer.Write($"C{r % 7}");
                writer.Write($"U{r}");
                writer.Write(new string('长', 10 + r % 3));
                writer.Write(r < 5000 ? $"R{r % 10}" : $"唯{r}");
                writer.Write(r % 2 == 0 ? string.Empty : "中");
                writer.Write((byte)2);
                writer.Write(new byte[] { 0xFF, (byte)('A' + r % 2) });
            }
        }

        using var expected = new BinaryReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8);
        using var reader = new SpillReader(new MemoryStream(bytes.ToArray()), 64);
        var differing = new List<string>();
        for (var r = 0; r < Rows; r++)
        {
            for (var column = 0; column < 6; column++)
            {
                var (read, wanted) = (reader.ReadString(column), expected.ReadString());
                if (read != wanted)
                {
                    differing.Add($"row {r} column {column}: {read} for {wanted}");
                }
            }
        }

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void ASpillFileThatEndsInTheMiddleOfAnItem_IsAnError_NotAShortValue()
    {
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("a value that the file cuts short");
        }

        using var reader = new SpillReader(new MemoryStream(bytes.ToArray()[..10]), 4);
        Assert.Throws<EndOfStreamException>(() => reader.ReadString());
    }
}
