using System.Buffers.Binary;
using System.Text;

namespace RiskReporting.Core.Text;

/// <summary>
/// One column's short texts, made into strings once and handed out again when the same UTF-8 bytes come back (issue #16): codes,
/// currencies, branch numbers and dates repeat on nearly every row, and a new string for each was a tenth of what a medium run
/// allocated in reading the source and a fifth in re-reading the spilled parts. The string is the one
/// <see cref="Encoding.UTF8"/> makes of the bytes (invalid bytes become U+FFFD, as in every reader that uses it); only whether it
/// is a new object differs. A column whose short texts do not repeat (of the first <see cref="Trial"/>, fewer than half were
/// found again) stops looking, and the cache holds at most its capacity of texts.
/// </summary>
public sealed class RepeatedTexts(int capacity = 8192)
{
    public const int MaxBytes = 16;
    private const int Trial = 4096;

    private readonly Dictionary<(ulong Low, ulong High, int Length), string> _strings = [];
    private int _lookups;
    private int _found;
    private bool _repeating = true;

    /// <summary>The text of these UTF-8 bytes; a long one, or any in a column found not to repeat, is made anew.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes || !_repeating)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<byte> padded = stackalloc byte[MaxBytes];
        padded.Clear();
        utf8.CopyTo(padded);
        var key = (BinaryPrimitives.ReadUInt64LittleEndian(padded), BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]), utf8.Length);
        if (_strings.TryGetValue(key, out var text))
        {
            _found++;
        }
        else
        {
            text = Encoding.UTF8.GetString(utf8);
            if (_strings.Count < capacity)
            {
                _strings[key] = text;
            }
        }

        if (++_lookups == Trial && _found < Trial / 2)
        {
            _repeating = false;
            _strings.Clear();
            _strings.TrimExcess();
        }

        return text;
    }
}
