using System.Text;
using RiskReporting.Core.Text;

namespace RiskReporting.Core.Tests.Text;

/// <summary>The gate reads each line through a faster strict GB18030 decoding (issue #16); it must give what the code-pages decoder gives, or fail where it fails.</summary>
public sealed class Gb18030ReadingTests
{
    [Test]
    public void TheFastStrictDecoding_GivesTheCodePagesDecodersTextOrItsFailure_ForValidAndBrokenLines()
    {
        var random = new Random(18030);
        var valid = Gb18030.Encoding.GetBytes("<R><CUST_NAME>甲公司€é𠀀😀</CUST_NAME><X>12.50</X></R>");
        byte[][] pieces = [[.. "<R>"u8], [.. "12345.67"u8], Gb18030.Encoding.GetBytes("字"), Gb18030.Encoding.GetBytes("𠀀"), Gb18030.Encoding.GetBytes("€"),
            [0x80], [0xFF], [0x81], [0x81, 0x30], [0x81, 0x30, 0x81], [0x81, 0x7F], [0x81, 0x41], [0xFE, 0xFE], [0x84, 0x31, 0xA4, 0x39], [0xE3, 0x32, 0x9A, 0x35], [0x00]];
        var lines = new List<byte[]> { Array.Empty<byte>(), valid, "plain ascii"u8.ToArray() };
        lines.AddRange(Enumerable.Range(0, 50_000).Select(_ => Enumerable.Range(0, random.Next(1, 10)).SelectMany(_ => pieces[random.Next(pieces.Length)]).ToArray()));
        lines.Add([.. Enumerable.Repeat(Gb18030.Encoding.GetBytes("长"), 3_000).SelectMany(b => b)]);

        var (succeeded, failed) = (0, 0);
        foreach (var line in lines)
        {
            var expected = Outcome(() => Gb18030Reading.StrictEncoding.GetString(line));
            Assert.That(Outcome(() => Gb18030Reading.GetStringStrict(line)), Is.EqualTo(expected), Convert.ToHexString(line));
            (succeeded, failed) = expected.StartsWith("fails", StringComparison.Ordinal) ? (succeeded, failed + 1) : (succeeded + 1, failed);
        }

        // Both outcomes must be common among the lines, or the comparison proves little.
        Assert.Multiple(() =>
        {
            Assert.That(succeeded, Is.GreaterThan(5_000));
            Assert.That(failed, Is.GreaterThan(5_000));
        });
    }

    [Test]
    public void EveryTwoByteSequence_AndEveryFourByteSequenceOfTheBasicPlane_DecodesAsTheCodePagesDecoderDecodesIt_AloneAndBetweenOthers()
    {
        var sequences = new List<byte[]>();
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            sequences.AddRange(Enumerable.Range(0, 256).Where(trail => trail is < 0x30 or > 0x39).Select(trail => new[] { (byte)lead, (byte)trail }));
        }

        for (var b1 = 0x81; b1 <= 0x84; b1++)
        {
            for (var b2 = 0x30; b2 <= 0x39; b2++)
            {
                // Every valid third byte, and the bytes either side of its range; the fourth byte a digit, or the bytes either side of them.
                for (var b3 = 0x80; b3 <= 0xFF; b3++)
                {
                    foreach (var b4 in b3 is 0x80 or 0xFF ? [0x30] : Enumerable.Range(0x2F, 12))
                    {
                        sequences.Add([(byte)b1, (byte)b2, (byte)b3, (byte)b4]);
                    }
                }
            }
        }

        var between = Gb18030.Encoding.GetBytes("字");
        var (succeeded, failed) = (0, 0);
        foreach (var sequence in sequences)
        {
            foreach (var line in new[] { sequence, [.. "<A>"u8, .. sequence, .. between, .. sequence, .. "</A>"u8] })
            {
                var expected = Outcome(() => Gb18030Reading.StrictEncoding.GetString(line));
                Assert.That(Outcome(() => Gb18030Reading.GetStringStrict(line)), Is.EqualTo(expected), Convert.ToHexString(line));
                (succeeded, failed) = expected == "fails" ? (succeeded, failed + 1) : (succeeded + 1, failed);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(sequences, Has.Count.GreaterThan(80_000));
            Assert.That(succeeded, Is.GreaterThan(100_000), "most sequences are characters");
            Assert.That(failed, Is.GreaterThan(10_000), "and many are not");
        });
    }

    private static string Outcome(Func<string> decode)
    {
        try
        {
            return "reads " + decode();
        }
        catch (DecoderFallbackException)
        {
            return "fails";
        }
    }
}
