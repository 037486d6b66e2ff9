using System.Globalization;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Digests;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The .idx of message-format.md: the header line, one line per entry before it in package order (records
/// and control added from its PART attributes, SM3 of its bytes), and END with the SM3 of all lines above.
/// </summary>
internal static class IndexCheck
{
    public static void Check(string name, byte[] bytes, PackageIdentity identity, IReadOnlyList<(string Name, string Sm3, long Records, decimal Control)> entries, ConformanceProblems problems)
    {
        var lines = EntryLines.Read(name, bytes, problems);
        var expected = new List<string> { string.Create(CultureInfo.InvariantCulture, $"KHFX|{identity.Org}|{identity.DateText}|{identity.BatchText}|2026.1|{entries.Count}") };
        expected.AddRange(entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name}|{e.Records}|{MessageFormat.Amount(e.Control)}|{e.Sm3}")));
        for (var i = 0; i < Math.Max(expected.Count, lines.Count - 1); i++)
        {
            var actual = i < lines.Count - 1 ? lines[i].Text : null;
            var want = i < expected.Count ? expected[i] : null;
            if (actual != want)
            {
                problems.Add(name, i + 1, FieldOf(actual, want), $"值为 {actual ?? "缺失 (missing)"}，应为 (expected) {want ?? "无此行 (no line)"}");
            }
        }

        var bodyLength = IndexOfLastLine(bytes);
        var end = "END|" + Sm3.Of(bytes.AsSpan(0, bodyLength));
        if (lines.Count == 0 || lines[^1].Text != end)
        {
            problems.Add(name, lines.Count, "END", $"最后一行为 {(lines.Count == 0 ? "缺失 (missing)" : lines[^1].Text)}，应为 (expected) {end}");
        }
    }

    /// <summary>Which part of an index line differs: records, control, SM3 or the whole line.</summary>
    private static string FieldOf(string? actual, string? expected)
    {
        var a = actual?.Split('|');
        var e = expected?.Split('|');
        if (a is null || e is null || a.Length != e.Length || a.Length != 4 || a[0] != e[0])
        {
            return string.Empty;
        }

        return a[1] != e[1] ? "records" : a[2] != e[2] ? "control" : "SM3";
    }

    /// <summary>The length of the bytes before the last line (the ones END digests).</summary>
    private static int IndexOfLastLine(byte[] bytes)
    {
        var end = bytes.Length >= 2 && bytes[^2] == '\r' && bytes[^1] == '\n' ? bytes.Length - 2 : bytes.Length;
        var previous = bytes.AsSpan(0, end).LastIndexOf("\r\n"u8);
        return previous < 0 ? 0 : previous + 2;
    }
}
