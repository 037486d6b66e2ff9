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
/// Each row is hashed as the UTF-8 of its values, each followed by U+001F (NULL as U+2400), and a line feed,
/// written into one reused buffer: strings encoded, numbers formatted straight to UTF-8 (issue #16). The buffer is handed to the
/// hash when it holds <see cref="HashEvery"/> bytes, not per row: the digest of a stream does not depend on how it is cut.
/// </summary>
internal sealed class SourceDigest : IDisposable
{
    private const string Null = "\u2400";
    private const string Separator = "\u001f";
    private const int HashEvery = 64 * 1024;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ArrayBufferWriter<byte> _line = new(HashEvery + 4096);

    public void Add(ReadOnlySpan<object> values)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case DBNull:
                    Write(Null);
                    break;
                case string s:
                    Write(s);
                    break;
                case long or double or decimal or int:
                    WriteFormatted((IUtf8SpanFormattable)value);
                    break;
                default:
                    Write(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                    break;
            }

            Write(Separator);
        }

        Write("\n");
        if (_line.WrittenCount >= HashEvery)
        {
            Hash();
        }
    }

    public SourceFingerprint Finish(long rows)
    {
        Hash();
        return new(rows, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    private void Hash()
    {
        _hash.AppendData(_line.WrittenSpan);
        _line.ResetWrittenCount();
    }

    public void Dispose() => _hash.Dispose();

    private void Write(string text) =>
        _line.Advance(Encoding.UTF8.GetBytes(text, _line.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));

    /// <summary>The number as <see cref="Convert.ToString(object, IFormatProvider)"/> writes it with the invariant culture, without the string.</summary>
    private void WriteFormatted(IUtf8SpanFormattable number)
    {
        int written;
        for (var room = 64; !number.TryFormat(_line.GetSpan(room), out written, default, CultureInfo.InvariantCulture); room *= 2)
        {
        }

        _line.Advance(written);
    }
}
