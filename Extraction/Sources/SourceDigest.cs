using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// SHA-256 over a query's rows in the order read, each value in invariant text. The order is the
/// database's, so the digest tells "same source, same rules, same database" — enough to know a rerun
/// can reuse a snapshot; it is not a key for comparing two different databases.
/// Each row is hashed as the UTF-8 of its values, each followed by U+001F (NULL as U+2400), and a line feed.
/// The text is formatted into one reused buffer: strings are copied, numbers formatted in place (issue #16).
/// </summary>
internal sealed class SourceDigest : IDisposable
{
    private const char Null = '\u2400';
    private const char Separator = '\u001f';
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private char[] _text = ArrayPool<char>.Shared.Rent(1024);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    public void Add(ReadOnlySpan<object> values)
    {
        _length = 0;
        foreach (var value in values)
        {
            switch (value)
            {
                case DBNull:
                    Append(Null);
                    break;
                case string s:
                    Append(s);
                    break;
                case long l:
                    AppendFormatted(l);
                    break;
                case double d:
                    AppendFormatted(d);
                    break;
                case decimal m:
                    AppendFormatted(m);
                    break;
                case int i:
                    AppendFormatted(i);
                    break;
                default:
                    Append(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                    break;
            }

            Append(Separator);
        }

        Append('\n');
        var needed = Encoding.UTF8.GetMaxByteCount(_length);
        if (_bytes.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = ArrayPool<byte>.Shared.Rent(needed);
        }

        var written = Encoding.UTF8.GetBytes(_text.AsSpan(0, _length), _bytes);
        _hash.AppendData(_bytes.AsSpan(0, written));
    }

    public SourceFingerprint Finish(long rows) => new(rows, Convert.ToHexStringLower(_hash.GetHashAndReset()));

    public void Dispose()
    {
        _hash.Dispose();
        ArrayPool<char>.Shared.Return(_text);
        ArrayPool<byte>.Shared.Return(_bytes);
    }

    private void Append(char c)
    {
        Reserve(1);
        _text[_length++] = c;
    }

    private void Append(string s)
    {
        Reserve(s.Length);
        s.CopyTo(_text.AsSpan(_length));
        _length += s.Length;
    }

    /// <summary>The value as <see cref="Convert.ToString(object, IFormatProvider)"/> would write it with the invariant culture, without the string.</summary>
    private void AppendFormatted<T>(T value)
        where T : ISpanFormattable
    {
        int written;
        while (!value.TryFormat(_text.AsSpan(_length), out written, default, CultureInfo.InvariantCulture))
        {
            Reserve(_text.Length - _length + 1);
        }

        _length += written;
    }

    private void Reserve(int more)
    {
        if (_length + more <= _text.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_text.Length * 2, _length + more));
        _text.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_text);
        _text = larger;
    }
}
