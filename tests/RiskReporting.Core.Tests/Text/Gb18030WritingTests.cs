using System.Text;
using RiskReporting.Core.Text;

namespace RiskReporting.Core.Tests.Text;

/// <summary>
/// The report files are written through a faster GB18030 (issue #16). It must give the code-pages encoder's bytes, cut into the
/// same writes by a StreamWriter, since Deflate's output can depend on how its input is cut.
/// </summary>
public sealed class Gb18030WritingTests
{
    [Test]
    public void EveryAsciiCharacter_IsTheOneByteTheCodePagesEncoderWrites()
    {
        var ascii = new string([.. Enumerable.Range(0, 128).Select(c => (char)c)]);
        Assert.That(Gb18030.Writing.GetBytes(ascii), Is.EqualTo(Gb18030.Encoding.GetBytes(ascii)));
    }

    [TestCase("")]
    [TestCase("B0001H111000001")]
    [TestCase("\0\u007F")]
    [TestCase("\u0080")]
    [TestCase("甲公司 A&B")]
    [TestCase("😀x")]
    [TestCase("\uD800")]
    public void ATextsByteCount_IsTheLengthOfTheCodePagesEncodersBytes(string text) =>
        Assert.That(Gb18030.ByteCount(text), Is.EqualTo(Gb18030.Encoding.GetBytes(text).Length));

    [Test]
    public void EveryCharacterOfTheBasicPlane_CountsAsManyBytesAsTheCodePagesEncoderWrites()
    {
        var plane = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Gb18030.ByteCount(new string([.. plane])), Is.EqualTo(Gb18030.Encoding.GetBytes(new string([.. plane])).Length));
            foreach (var c in plane.Where(c => c >= 0x80))
            {
                Assert.That(Gb18030.ByteCount(c.ToString()), Is.EqualTo(Gb18030.Encoding.GetBytes(c.ToString()).Length), $"U+{(int)c:X4}");
            }
        });
    }

    [Test]
    public void EveryCharacterOfTheBasicPlane_IsWrittenAsTheCodePagesEncoderWritesIt_AloneAndInOneText()
    {
        var plane = Enumerable.Range(0x80, char.MaxValue + 1 - 0x80).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Gb18030.Writing.GetBytes(new string([.. plane])), Is.EqualTo(Gb18030.Encoding.GetBytes(new string([.. plane]))));
            foreach (var c in plane)
            {
                Assert.That(Gb18030.Writing.GetBytes(c.ToString()), Is.EqualTo(Gb18030.Encoding.GetBytes(c.ToString())), $"U+{(int)c:X4}");
            }
        });
    }

    [Test]
    public void MixedTexts_CountAsManyBytesAsTheCodePagesEncoderWrites()
    {
        var random = new Random(16);
        string[] pieces = ["甲公司", "A", "€", "\u0080", "é", "😀", "\uD83D", "\uDE00", "𠀀字", "\uFFFF", "\uE000", "·", "0"];
        foreach (var text in Enumerable.Range(0, 20_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]))))
        {
            Assert.That(Gb18030.ByteCount(text), Is.EqualTo(Gb18030.Encoding.GetBytes(text).Length), text);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(17)]
    [TestCase(1 << 16)]
    public void AStreamWriterThroughTheFastEncoding_WritesTheSameBytesInTheSameWrites(int bufferSize)
    {
        var random = new Random(bufferSize);
        string[] pieces = ["<R>", "<CUST_NAME>", "甲公司", "</R>", "12345.67", "&amp;", "😀", "\uD83D", "\uDE00", "€", "\u0080", "é", "\r\n", "\0", "A", "𠀀字"];
        var lines = Enumerable.Range(0, 3_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]))).ToList();

        Assert.That(Writes(Gb18030.Writing, bufferSize, lines), Is.EqualTo(Writes(Gb18030.Encoding, bufferSize, lines)));
    }

    /// <summary>Each write the StreamWriter made, as hex, in order.</summary>
    private static List<string> Writes(Encoding encoding, int bufferSize, IEnumerable<string> lines)
    {
        var target = new RecordingStream();
        using (var writer = new StreamWriter(target, encoding, bufferSize, leaveOpen: true) { NewLine = "\r\n" })
        {
            foreach (var line in lines)
            {
                writer.WriteLine(new StringBuilder(line));
            }
        }

        return target.Writes;
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<string> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(Convert.ToHexString(buffer, offset, count));
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
    }
}
