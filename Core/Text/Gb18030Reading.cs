using System.Text;

namespace RiskReporting.Core.Text;

/// <summary>
/// Strict GB18030 decoding of a complete line (an invalid byte sequence throws <see cref="DecoderFallbackException"/>) that widens
/// each run of ASCII bytes itself and leaves every other run, cut at its characters' boundaries, to the code-pages decoder. The
/// conformance gate decodes every line of a package this way (issue #16). Where the boundaries are not plain (a byte 0x80 or 0xFF,
/// a character cut by the line's end) the whole line goes to the code-pages decoder, so the result, or the exception, is its own.
/// </summary>
public static class Gb18030Reading
{
    private static readonly Lazy<Encoding> Strict = new(() =>
        Encoding.GetEncoding(Gb18030.Encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));

    /// <summary>The encoding that throws on bytes that are no GB18030 character, as the gate reads.</summary>
    public static Encoding StrictEncoding => Strict.Value;

    public static string GetStringStrict(ReadOnlySpan<byte> line)
    {
        if (System.Text.Ascii.IsValid(line))
        {
            return Encoding.Latin1.GetString(line);
        }

        var chars = line.Length <= 1024 ? stackalloc char[line.Length] : new char[line.Length];
        var written = 0;
        var i = 0;
        while (i < line.Length)
        {
            System.Text.Ascii.ToUtf16(line[i..], chars[written..], out var copied);
            (i, written) = (i + copied, written + copied);
            if (i == line.Length)
            {
                break;
            }

            // A run of two- and four-byte characters: a lead byte 0x81–0xFE, and four bytes when the second is a digit 0x30–0x39.
            var start = i;
            while (i < line.Length && line[i] >= 0x80)
            {
                if (line[i] is 0x80 or 0xFF || i + 1 >= line.Length)
                {
                    return Strict.Value.GetString(line);
                }

                i += line[i + 1] is >= 0x30 and <= 0x39 ? 4 : 2;
            }

            if (i > line.Length)
            {
                return Strict.Value.GetString(line);
            }

            written += Strict.Value.GetChars(line[start..i], chars[written..]);
        }

        return new string(chars[..written]);
    }
}
