using System.Text.RegularExpressions;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The correction file's layout (message-format.md, "Correction file"): well-formed GB18030 XML with CRLF,
/// the declaration, the root line with previousBatch = BATCH − 1, a non-empty REASON, at least one &lt;C&gt;
/// line with a known part and action A, D or U, and the closing line.
/// </summary>
internal static partial class CorrectionFileCheck
{
    public static void Check(string name, byte[] bytes, PackageIdentity identity, ConformanceProblems problems)
    {
        EntryLines.CheckWellFormed(name, bytes, problems);
        var lines = EntryLines.Read(name, bytes, problems);
        var previous = (identity.Batch - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        string[] head = [ReportFileReader.Declaration, $"<KHFXCORR org=\"{identity.Org}\" dataDate=\"{identity.DateText}\" batch=\"{identity.BatchText}\" previousBatch=\"{previous}\">"];
        for (var i = 0; i < head.Length; i++)
        {
            if (i >= lines.Count || lines[i].Text != head[i]) problems.Add(name, i + 1, $"应为 (expected) {head[i]}");
        }

        if (lines.Count < 5)
        {
            problems.Add(name, lines.Count, "订正文件 (correction file) 须含声明、根元素、REASON、至少一个 <C> 和 </KHFXCORR>");
            return;
        }

        if (!Reason().IsMatch(lines[2].Text)) problems.Add(name, 3, "REASON", "应为 (expected) 非空的 <REASON>…</REASON>");
        foreach (var (number, text) in lines.Skip(3).SkipLast(1))
        {
            var match = Change().Match(text);
            if (!match.Success || !Core.Reports.ReportParts.All.Any(p => p.Code == match.Groups["part"].Value))
            {
                problems.Add(name, number, "应为 (expected) spec 2026.1 某部件的 <C part=\"…\" key=\"…\" action=\"A|D|U\" fields=\"…\"/>");
            }
        }

        if (lines[^1].Text != "</KHFXCORR>") problems.Add(name, lines[^1].Number, "应为 (expected) </KHFXCORR>");
    }

    [GeneratedRegex("^<REASON>[^<]+</REASON>$")]
    private static partial Regex Reason();

    [GeneratedRegex("^<C part=\"(?<part>[^\"]+)\" key=\"[^\"]*\" action=\"[ADU]\" fields=\"[^\"]*\"/>$")]
    private static partial Regex Change();
}
