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
