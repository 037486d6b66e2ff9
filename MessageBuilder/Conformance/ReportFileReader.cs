using System.Text.RegularExpressions;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Text;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// Reads one report file (B1 … B5) line by line in the canonical layout of message-format.md: the
/// declaration, the root line with the package's attributes, every part of the report once in spec order,
/// one record per line holding exactly the part's fields in order. Each record goes to <c>onRecord</c> as its
/// line streams by.
/// </summary>
internal sealed partial class ReportFileReader
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"GB18030\"?>";

    private readonly string _name;
    private readonly string _root;
    private readonly ConformanceProblems _problems;
    private readonly Action<PartDefinition, int, string[]> _onRecord;
    private readonly Queue<PartDefinition> _expectedParts;
    private readonly List<PartBlock> _blocks = [];
    private readonly EntryLines _lines;
    private readonly Dictionary<PartDefinition, (RecordLine.FieldTags Tags, RepeatedTexts[] Texts)> _byteParts = [];
    private PartBlock? _open;
    private bool _closed;
    private int _last;

    /// <summary>
    /// A reader for one report entry: push its bytes with <see cref="Write"/> as they inflate, then
    /// <see cref="Complete"/> returns the parts it held. Well-formedness is checked apart, on its own pass
    /// (<see cref="EntryLines.CheckWellFormed(string, Stream, ConformanceProblems)"/>).
    /// </summary>
    public ReportFileReader(string name, string report, PackageIdentity identity, ConformanceProblems problems, Action<PartDefinition, int, string[]> onRecord)
    {
        _name = name;
        _problems = problems;
        _onRecord = onRecord;
        _expectedParts = new Queue<PartDefinition>(ReportParts.All.Where(p => p.Report == report));
        _root = $"<KHFX org=\"{identity.Org}\" dataDate=\"{identity.DateText}\" batch=\"{identity.BatchText}\" spec=\"2026.1\" report=\"{report}\">";
        _lines = new EntryLines(name, problems, OnLine, OnRecordBytes);
    }

    public void Write(ReadOnlySpan<byte> chunk) => _lines.Write(chunk);

    public List<PartBlock> Complete()
    {
        _lines.Complete();
        if (_open is not null) _problems.Add(_name, _last, $"PART {_open.Part.Code} 未闭合 (not closed)");
        if (!_closed) _problems.Add(_name, _last, "文件不以 </KHFX> 结尾");
        foreach (var missing in _expectedParts) _problems.Add(_name, _last, $"缺少 PART {missing.Code}（报表的每个部件都须按规范顺序出现）");
        return _blocks;
    }

    private void OnLine(int number, string text)
    {
        _last = number;
        if (number == 1 || number == 2)
        {
            var expected = number == 1 ? Declaration : _root;
            if (text != expected) _problems.Add(_name, number, $"应为 (expected) {expected}");
        }
        else if (_closed)
        {
            _problems.Add(_name, number, "</KHFX> 之后还有文本");
        }
        else if (_open is not null)
        {
            _open = RecordOrEnd(_name, number, text, _open, _problems, _onRecord);
        }
        else if (text == "</KHFX>")
        {
            _closed = true;
        }
        else
        {
            _open = OpenPart(_name, number, text, _expectedParts, _problems);
            if (_open is not null) _blocks.Add(_open);
        }
    }

    /// <summary>A record line of the open part taken from its bytes; any other line, or one not plainly a record, is decoded for <see cref="OnLine"/>.</summary>
    private bool OnRecordBytes(int number, ReadOnlySpan<byte> line)
    {
        if (number <= 2 || _closed || _open is null)
        {
            return false;
        }

        if (!_byteParts.TryGetValue(_open.Part, out var part))
        {
            part = (new RecordLine.FieldTags(_open.Part), [.. _open.Part.Fields.Select(_ => new RepeatedTexts(1024))]);
            _byteParts[_open.Part] = part;
        }

        var values = RecordLine.TryParse(line, part.Tags, part.Texts);
        if (values is null)
        {
            return false;
        }

        _last = number;
        Accept(_open, number, values, _onRecord);
        return true;
    }

    private static PartBlock? OpenPart(string name, int number, string text, Queue<PartDefinition> expected, ConformanceProblems problems)
    {
        var match = PartLine().Match(text);
        if (!match.Success)
        {
            problems.Add(name, number, "应为 (expected) <PART code=\"…\" records=\"…\" control=\"…\"> 或 </KHFX>");
            return null;
        }

        var code = match.Groups["code"].Value;
        while (expected.Count > 0 && expected.Peek().Code != code && expected.Any(p => p.Code == code))
        {
            problems.Add(name, number, $"PART {expected.Dequeue().Code} 缺失或不符合规范顺序 (out of spec order)");
        }

        if (expected.Count == 0 || expected.Peek().Code != code)
        {
            problems.Add(name, number, $"PART {code} 不是本报表的部件，或重复出现");
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
            Accept(open, number, values, onRecord);
        }

        return open;
    }

    private static void Accept(PartBlock open, int number, string[] values, Action<PartDefinition, int, string[]> onRecord)
    {
        open.Count++;
        open.Control += open.Part.ControlIndex < 0 ? 0m : MessageFormat.AmountOrZero(values[open.Part.ControlIndex]);
        onRecord(open.Part, number, values);
    }

    [GeneratedRegex("^<PART code=\"(?<code>[^\"]*)\" records=\"(?<records>[^\"]*)\" control=\"(?<control>[^\"]*)\">$")]
    private static partial Regex PartLine();
}
