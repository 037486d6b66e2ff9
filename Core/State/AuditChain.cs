using System.Globalization;
using System.Text;
using RiskReporting.Core.Digests;

namespace RiskReporting.Core.State;

/// <summary>
/// The tamper-evident audit trail (issue #14): each entry's hash is SM3 over the previous entry's hash (64 hex
/// characters, ASCII) followed by the entry's canonical bytes, so changing, removing or reordering an entry
/// breaks every link after it. Canonical bytes: seq, time (UTC, milliseconds, as stored), actor, action,
/// subject and detail, each written as its UTF-8 byte length, a colon, the bytes and a line feed, so that no
/// field's content can be mistaken for a field boundary.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash the first entry links to.</summary>
    public static readonly string Genesis = new('0', 64);

    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Hash(string prevHash, long seq, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sm3 = new Sm3();
        sm3.Append(Encoding.ASCII.GetBytes(prevHash));
        sm3.Append(Canonical(seq, entry));
        return sm3.HexAndReset();
    }

    public static byte[] Canonical(long seq, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var bytes = new MemoryStream();
        string[] fields =
        [
            seq.ToString(CultureInfo.InvariantCulture),
            entry.At.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            entry.Actor, entry.Action, entry.Subject, entry.Detail,
        ];
        foreach (var field in fields)
        {
            var utf8 = Encoding.UTF8.GetBytes(field);
            bytes.Write(Encoding.ASCII.GetBytes(utf8.Length.ToString(CultureInfo.InvariantCulture) + ":"));
            bytes.Write(utf8);
            bytes.WriteByte((byte)'\n');
        }

        return bytes.ToArray();
    }
}
