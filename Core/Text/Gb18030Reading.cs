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

            // A run of two- and four-byte characters: a lead byte 0x81–0xFE, and four bytes when the second is a digit 0x30–0x39. Each is
            // taken from the tables of what the strict decoder gives for it alone (it has no shift state); when one is not there (invalid,
            // or beyond the Basic Multilingual Plane), the whole run goes to the decoder, which throws or decodes it. The decoder made two
            // buffer objects for each call, nearly one per record line with a Chinese name in the gate (issue #16).
            var (start, runStart) = (i, written);
            var fromTables = true;
            while (i < line.Length && line[i] >= 0x80)
            {
                if (line[i] is 0x80 or 0xFF || i + 1 >= line.Length)
                {
                    return Strict.Value.GetString(line);
                }

                var width = line[i + 1] is >= 0x30 and <= 0x39 ? 4 : 2;
                if (i + width > line.Length)
                {
                    return Strict.Value.GetString(line);
                }

                if (fromTables && FromTable(line.Slice(i, width)) is var c and >= 0)
                {
                    chars[written++] = (char)c;
                }
                else
                {
                    fromTables = false;
                }

                i += width;
            }

            if (!fromTables)
            {
                written = runStart + Strict.Value.GetChars(line[start..i], chars[runStart..]);
            }
        }

        return new string(chars[..written]);
    }

    /// <summary>The character the strict decoder gives for one two- or four-byte sequence alone, or −1 when the tables do not hold it.</summary>
    private static int FromTable(ReadOnlySpan<byte> character)
    {
        if (character.Length == 2)
        {
            return TwoByte.Value[((character[0] - 0x81) * 256) + character[1]];
        }

        var (b1, b3, b4) = (character[0] - 0x81, character[2] - 0x81, character[3] - 0x30);
        return b1 is >= 0 and < FourByteLeads && b3 is >= 0 and < 126 && b4 is >= 0 and <= 9
            ? FourByte.Value[(((b1 * 10) + (character[1] - 0x30)) * 126 + b3) * 10 + b4]
            : -1;
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
