using System.Text;

namespace RiskReporting.Core.Text;

/// <summary>
/// GB18030 for writing a large text: the same bytes as <see cref="Gb18030.Encoding"/>, with each run of ASCII characters copied
/// across (GB18030 writes U+0000–U+007F as the one byte of the same value) and every other run, with the character after a high
/// surrogate, left to the code-pages encoder, which keeps a surrogate pair cut between two calls as it always did. Encoding the
/// report files was a tenth of the package writer's time (issue #16); the message's characters are mostly tags and digits.
/// A run without a surrogate is written from the table of each Basic Multilingual Plane character's bytes
/// (<see cref="Gb18030.EncodeBasicPlane"/>): GB18030 has no shift state, and the code-pages encoder made a buffer object for
/// each call, one for nearly every record with a Chinese name (110 MiB on a medium run).
/// </summary>
internal sealed class Gb18030Writing : Encoding
{
    private readonly Encoding _inner;

    public Gb18030Writing(Encoding inner)
        : base(inner.CodePage) => _inner = inner;

    public override string WebName => _inner.WebName;

    public override byte[] GetPreamble() => _inner.GetPreamble();

    public override ReadOnlySpan<byte> Preamble => _inner.Preamble;

    public override int GetMaxByteCount(int charCount) => _inner.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => _inner.GetMaxCharCount(byteCount);

    public override int GetByteCount(char[] chars, int index, int count) => _inner.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        var encoder = new FastEncoder(_inner.GetEncoder());
        return encoder.GetBytes(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex), flush: true);
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => _inner.GetCharCount(bytes, index, count);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => _inner.GetChars(bytes, byteIndex, byteCount, chars, charIndex);

    public override Decoder GetDecoder() => _inner.GetDecoder();

    public override Encoder GetEncoder() => new FastEncoder(_inner.GetEncoder());

    private sealed class FastEncoder(Encoder inner) : Encoder
    {
        /// <summary>The last call left a high surrogate with the inner encoder, which must see the character after it.</summary>
        private bool _pending;

        public override int GetByteCount(char[] chars, int index, int count, bool flush) => inner.GetByteCount(chars, index, count, flush);

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush) =>
            GetBytes(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex), flush);

        public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes, bool flush)
        {
            var written = 0;
            var i = 0;
            while (i < chars.Length)
            {
                if (!_pending)
                {
                    System.Text.Ascii.FromUtf16(chars[i..], bytes[written..], out var copied);
                    (i, written) = (i + copied, written + copied);
                    if (i == chars.Length)
                    {
                        break;
                    }
                }

                // Up to the next ASCII character, and one past it when the run ends in a high surrogate, so the inner encoder decides it.
                var next = chars[(i + 1)..].IndexOfAnyInRange('\0', '\x7F');
                var stop = next < 0 ? chars.Length : i + 1 + next;
                if (stop < chars.Length && char.IsHighSurrogate(chars[stop - 1]))
                {
                    stop++;
                }

                var last = stop == chars.Length;
                var run = chars[i..stop];
                if (!_pending && run.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
                {
                    // No surrogate, and none left with the inner encoder: each character's bytes, as the encoder writes it alone.
                    written += Gb18030.EncodeBasicPlane(run, bytes[written..]);
                    i = stop;
                    continue;
                }

                written += inner.GetBytes(run, bytes[written..], flush: last && flush);
                _pending = last && !flush && char.IsHighSurrogate(chars[stop - 1]);
                i = stop;
            }

            if (chars.IsEmpty && flush && _pending)
            {
                written += inner.GetBytes([], bytes, flush: true);
                _pending = false;
            }

            return written;
        }

        public override void Reset()
        {
            inner.Reset();
            _pending = false;
        }
    }
}
