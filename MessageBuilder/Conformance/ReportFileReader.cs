using System.Text.RegularExpressions;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// Reads one report file (B1 … B5) line by line in the canonical layout of message-format.md: the
/// declaration, the root line with the package's attributes, every part of the report once in spec order,
/// one record per line holding exactly the part's fields in order. Each record goes to <c>onRecord</c>.
/// </summary>
internal static partial class ReportFileReader
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"GB18030\"?>";

    public static List<PartBlock> Read(string name, string report, PackageIdentity identity, byte[] bytes, ConformanceProblems problems, Action<PartDefinition, int, string[]> onRecord)
    {
        EntryLines.CheckWellFormed(name, bytes, problems);
        var expectedParts = new Queue<PartDefinition>(ReportParts.All.Where(p => p.Report == report));
        var root = $"<KHFX org=\"{identity.Org}\" dataDate=\"{identity.DateText}\" batch=\"{identity.BatchText}\" spec=\"2026.1\" report=\"{report}\">";
        var blocks = new List<PartBlock>();
        PartBlock? open = null;
        var closed = false;
        var last = 0;
        foreach (var (number, text) in EntryLines.Read(name, bytes, problems))
        {
            last = number;
            if (number == 1 || number == 2)
            {
                var expected = number == 1 ? Declaration : root;
                if (text != expected) problems.Add(name, number, $"expected {expected}");
            }
            else if (closed)
            {
                problems.Add(name, number, "text after </KHFX>");
            }
            else if (open is not null)
            {
                open = RecordOrEnd(name, number, text, open, problems, onRecord);
            }
            else if (text == "</KHFX>")
            {
                closed = true;
            }
            else
            {
                open = OpenPart(name, number, text, expectedParts, problems);
                if (open is not null) blocks.Add(open);
            }
        }

        if (open is not null) problems.Add(name, last, $"PART {open.Part.Code} is not closed");
        if (!closed) problems.Add(name, last, "the file does not end with </KHFX>");
        foreach (var missing in expectedParts) problems.Add(name, last, $"PART {missing.Code} is missing (every part of the report appears, in spec order)");
        return blocks;
    }

    private static PartBlock? OpenPart(string name, int number, string text, Queue<PartDefinition> expected, ConformanceProblems problems)
    {
        var match = PartLine().Match(text);
        if (!match.Success)
        {
            problems.Add(name, number, "expected <PART code=\"…\" records=\"…\" control=\"…\"> or </KHFX>");
            return null;
        }

        var code = match.Groups["code"].Value;
        while (expected.Count > 0 && expected.Peek().Code != code && expected.Any(p => p.Code == code))
        {
            problems.Add(name, number, $"PART {expected.Dequeue().Code} is missing or out of spec order");
        }

        if (expected.Count == 0 || expected.Peek().Code != code)
        {
            problems.Add(name, number, $"PART {code} is not a part of this report, or appears twice");
            return new PartBlock(ReportParts.All.FirstOrDefault(p => p.Code == code) ?? ReportParts.B4, number, match.Groups["records"].Value, match.Groups["control"].Value);
        }

        return new PartBlock(expected.Dequeue(), number, match.Groups["records"].Value, match.Groups["control"].Value);
    }

    private static PartBlock? RecordOrEnd(string name, int number, string text, PartBlock open, ConformanceProblems problems, Action<PartDefinition, int, string[]> onRecord)
    {
        if (text == "</PART>")
        {
            return null;
        }

        var values = RecordLine.Parse(name, number, text, open.Part, problems);
        if (values is not null)
        {
            open.Count++;
            open.Control += open.Part.ControlIndex < 0 ? 0m : MessageFormat.AmountOrZero(values[open.Part.ControlIndex]);
            onRecord(open.Part, number, values);
        }

        return open;
    }

    [GeneratedRegex("^<PART code=\"(?<code>[^\"]*)\" records=\"(?<records>[^\"]*)\" control=\"(?<control>[^\"]*)\">$")]
    private static partial Regex PartLine();
}
