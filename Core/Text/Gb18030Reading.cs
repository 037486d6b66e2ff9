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

            if (!FromTables(line[start..i], chars[written..], ref written))
            {
                written += Strict.Value.GetChars(line[start..i], chars[written..]);
            }
        }

        return new string(chars[..written]);
    }

    /// <summary>
    /// A run of whole two- and four-byte characters decoded from the tables of what the strict decoder gives for each alone (it
    /// has no shift state), when every one of them is in a table; false, with nothing counted, when one is not (invalid, or a
    /// four-byte character beyond the Basic Multilingual Plane): the run then goes to the decoder, which throws or decodes it.
    /// The decoder made two buffer objects for each call, nearly one per record line with a Chinese name in the gate (issue #16).
    /// </summary>
    private static bool FromTables(ReadOnlySpan<byte> run, Span<char> chars, ref int written)
    {
        var (twoByte, fourByte) = (TwoByte.Value, FourByte.Value);
        var n = 0;
        for (var i = 0; i < run.Length;)
        {
            int c;
            if (run[i + 1] is >= 0x30 and <= 0x39)
            {
                var (b1, b3, b4) = (run[i] - 0x81, run[i + 2] - 0x81, run[i + 3] - 0x30);
                c = b1 is >= 0 and < FourByteLeads && b3 is >= 0 and < 126 && b4 is >= 0 and <= 9
                    ? fourByte[(((b1 * 10) + (run[i + 1] - 0x30)) * 126 + b3) * 10 + b4]
                    : -1;
                i += 4;
            }
            else
            {
                c = twoByte[((run[i] - 0x81) * 256) + run[i + 1]];
                i += 2;
            }

            if (c < 0)
            {
                return false;
            }

            chars[n++] = (char)c;
        }

        written += n;
        return true;
    }

    /// <summary>Four-byte characters whose first byte is 0x81–0x84: those of the Basic Multilingual Plane.</summary>
    private const int FourByteLeads = 4;

    /// <summary>What the strict decoder gives for each two-byte sequence (first byte 0x81–0xFE, by first and second byte), or −1 where it gives no one character.</summary>
    private static readonly Lazy<int[]> TwoByte = new(() =>
    {
        var table = new int[126 * 256];
        Span<byte> one = stackalloc byte[2];
        for (var lead = 0; lead < 126; lead++)
        {
            for (var trail = 0; trail < 256; trail++)
            {
                (one[0], one[1]) = ((byte)(lead + 0x81), (byte)trail);
                table[(lead * 256) + trail] = trail is >= 0x30 and <= 0x39 ? -1 : Alone(one);
            }
        }

        return table;
    });

    /// <summary>What the strict decoder gives for each four-byte sequence 0x81–0x84, 0x30–0x39, 0x81–0xFE, 0x30–0x39, or −1 where it gives no one character.</summary>
    private static readonly Lazy<int[]> FourByte = new(() =>
    {
        var table = new int[FourByteLeads * 10 * 126 * 10];
        Span<byte> one = stackalloc byte[4];
        for (var i = 0; i < table.Length; i++)
        {
            (one[0], one[1], one[2], one[3]) = ((byte)(0x81 + (i / 12600)), (byte)(0x30 + (i / 1260 % 10)), (byte)(0x81 + (i / 10 % 126)), (byte)(0x30 + (i % 10)));
            table[i] = Alone(one);
        }

        return table;
    });

    /// <summary>The one character the strict decoder makes of these bytes, or −1 when it fails or makes anything else.</summary>
    private static int Alone(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[4];
        try
        {
            return Strict.Value.GetChars(bytes, chars) == 1 && !char.IsSurrogate(chars[0]) ? chars[0] : -1;
        }
        catch (DecoderFallbackException)
        {
            return -1;
        }
    }
}
