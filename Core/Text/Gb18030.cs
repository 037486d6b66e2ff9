using System.Text;

namespace RiskReporting.Core.Text;

/// <summary>The message encoding. The code-pages provider ships with .NET but must be registered once.</summary>
public static class Gb18030
{
    private static readonly Lazy<Encoding> Instance = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    private static readonly Lazy<Encoding> ForWriting = new(() => new Gb18030Writing(Instance.Value));

    public static Encoding Encoding => Instance.Value;

    /// <summary>The same bytes as <see cref="Encoding"/>, written faster for a text of mostly ASCII (the report files).</summary>
    public static Encoding Writing => ForWriting.Value;

    /// <summary>Length in GB18030 bytes, as the C..n limits count it.</summary>
    /// <remarks>
    /// An ASCII text is counted by its length (GB18030 writes U+0000–U+007F in one byte each), without the code-pages encoder that
    /// every text field of every record passed through twice, in the validation and in the gate (issue #16).
    /// <para>
    /// Any other text is counted from each character's width as the encoder gives it, taken once for every character of the
    /// Basic Multilingual Plane (GB18030 has no shift state, so a text's length is the sum of its characters'). The encoder's
    /// GetByteCount made two buffers per call: a fifth of what a medium run allocated in the validation (issue #16). A text with a
    /// surrogate, paired or not, still goes to the encoder.
    /// </para>
    /// </remarks>
    public static int ByteCount(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text.Length;
        }

        var widths = Table.Value.Widths;
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return Encoding.GetByteCount(text);
            }

            count += widths[c];
        }

        return count;
    }

    /// <summary>
    /// Writes the GB18030 bytes of characters that are none of them surrogates, each the bytes the encoder writes for that
    /// character alone; returns how many were written.
    /// </summary>
    internal static int EncodeBasicPlane(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        var (widths, codes) = Table.Value;
        var written = 0;
        foreach (var c in chars)
        {
            var width = widths[c];
            var code = codes[c];
            for (var b = width - 1; b >= 0; b--)
            {
                bytes[written + b] = (byte)code;
                code >>= 8;
            }

            written += width;
        }

        return written;
    }

    /// <summary>
    /// The encoder's bytes of every character that is not a surrogate, by its code: their count, and the bytes as a big-endian number
    /// (both 0 for the surrogates). Taken once, a character at a time.
    /// </summary>
    private static readonly Lazy<(byte[] Widths, uint[] Codes)> Table = new(() =>
    {
        var (widths, codes) = (new byte[char.MaxValue + 1], new uint[char.MaxValue + 1]);
        Span<char> one = stackalloc char[1];
        Span<byte> encoded = stackalloc byte[8];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            one[0] = (char)c;
            var n = Encoding.GetBytes(one, encoded);
            widths[c] = (byte)n;
            foreach (var b in encoded[..n])
            {
                codes[c] = (codes[c] << 8) | b;
            }
        }

        return (widths, codes);
    });
}
