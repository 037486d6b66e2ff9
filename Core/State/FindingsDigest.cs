using System.Globalization;
using System.Text;
using RiskReporting.Core.Digests;

namespace RiskReporting.Core.State;

/// <summary>
/// The SM3 of a run's findings, independent of the order they were stored in: the rows sorted by every
/// column (ordinal), each column as its UTF-8 byte length, a colon and the bytes. Recorded in the audit chain
/// when the run stores its findings; approval recomputes it from the rows and refuses when they differ.
/// </summary>
public static class FindingsDigest
{
    public static string Of(IEnumerable<StoredFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var sm3 = new Sm3();
        foreach (var f in findings.Select(Columns).OrderBy(c => c, RowOrder.Instance))
        {
            foreach (var column in f)
            {
                var utf8 = Encoding.UTF8.GetBytes(column);
                sm3.Append(Encoding.ASCII.GetBytes(utf8.Length.ToString(CultureInfo.InvariantCulture) + ":"));
                sm3.Append(utf8);
            }

            sm3.Append("\n"u8);
        }

        return sm3.HexAndReset();
    }

    private static string[] Columns(StoredFinding f) => [f.Rule, f.Severity, f.Part, f.Key, f.Field, f.Value, f.Branch, f.Message];

    private sealed class RowOrder : IComparer<string[]>
    {
        public static readonly RowOrder Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var c = string.CompareOrdinal(x[i], y![i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
