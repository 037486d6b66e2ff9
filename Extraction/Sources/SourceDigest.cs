using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// SHA-256 over a query's rows in the order read, each value in invariant text. The order is the
/// database's, so the digest tells "same source, same rules, same database" — enough to know a rerun
/// can reuse a snapshot; it is not a key for comparing two different databases.
/// </summary>
internal sealed class SourceDigest(DbDataReader reader)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();

    public void Add()
    {
        _line.Clear();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            _line.Append(reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
        }

        _hash.AppendData(Encoding.UTF8.GetBytes(_line.Append('\n').ToString()));
    }

    public SourceFingerprint Finish(long rows)
    {
        var fingerprint = new SourceFingerprint(rows, Convert.ToHexStringLower(_hash.GetHashAndReset()));
        _hash.Dispose();
        return fingerprint;
    }
}
