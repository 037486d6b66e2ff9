using System.Text;
using System.Xml;
using RiskReporting.Core.Text;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The text layer every XML entry shares: well-formed XML for a strict parser (XmlReader, default settings,
/// encoding from the declaration), GB18030 without a byte-order mark, and CRLF after every line, the last
/// included. Yields the decoded lines with their numbers; a line break that is not CRLF is a problem.
/// </summary>
internal static class EntryLines
{
    private static readonly Encoding StrictGb18030 = Encoding.GetEncoding(Gb18030.Encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static void CheckWellFormed(string name, byte[] bytes, ConformanceProblems problems)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), new XmlReaderSettings());
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Add(name, e.LineNumber, "not well-formed XML: " + e.Message);
        }
    }

    public static IEnumerable<(int Number, string Text)> Read(string name, byte[] bytes, ConformanceProblems problems)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8) || bytes.AsSpan().StartsWith(new byte[] { 0x84, 0x31, 0x95, 0x33 }))
        {
            problems.Add(name, 1, "starts with a byte-order mark");
        }

        if (!bytes.AsSpan().EndsWith("\r\n"u8))
        {
            problems.Add(name, bytes.AsSpan().Count((byte)'\n') + 1, "the last line does not end with CRLF");
        }

        var start = 0;
        var number = 0;
        while (start < bytes.Length)
        {
            var end = bytes.AsSpan(start).IndexOf("\r\n"u8);
            var length = end < 0 ? bytes.Length - start : end;
            number++;
            yield return (number, Decode(name, number, bytes.AsSpan(start, length), problems));
            start += length + 2;
        }
    }

    private static string Decode(string name, int number, ReadOnlySpan<byte> line, ConformanceProblems problems)
    {
        if (line.IndexOfAny((byte)'\r', (byte)'\n') >= 0)
        {
            problems.Add(name, number, "a line break that is not CRLF");
        }

        try
        {
            return StrictGb18030.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(name, number, "not valid GB18030");
            return Gb18030.Encoding.GetString(line);
        }
    }
}
