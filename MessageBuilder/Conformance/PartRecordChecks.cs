using System.Text.RegularExpressions;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Codes;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// What one record must satisfy on its own and against the record before it: each value in its type's exact
/// form (amounts without leading zeros or -0.00), trimmed text without control characters, the part's sort
/// order and a key no other record has (sorted, so a duplicate stands next to its twin), and the identities
/// report-tables.md states within a record (USED_TOTAL, AVAILABLE, B1P7 TOTAL, WNRSXYW rows, ORG_CODE).
/// </summary>
internal sealed partial class PartRecordChecks(string file, ConformanceProblems problems)
{
    private readonly Dictionary<string, ReportRecord> _previous = new(StringComparer.Ordinal);

    public void Check(int line, ReportRecord record)
    {
        var (part, values) = (record.Part, record.Values);
        for (var i = 0; i < values.Length; i++)
        {
            CheckValue(line, part.Fields[i], values[i]);
        }

        if (_previous.TryGetValue(part.Code, out var previous))
        {
            var order = RecordKey.Compare(previous, record);
            if (order > 0) problems.Add(file, line, $"{part.Code} 记录 {record.Key} 顺序错误 (out of order)：应排在上一条记录 {previous.Key} 之前");
            if (order == 0) problems.Add(file, line, $"{part.Code} 主键 {record.Key} 重复出现 (appears twice, WYX-004)");
        }

        _previous[part.Code] = record;
        foreach (var (field, message) in RecordIdentities.Problems(record))
        {
            problems.Add(file, line, field, message);
        }
    }

    public void CheckTotals(PartBlock block)
    {
        if (block.RecordsAttribute != MessageFormat.WholeNumber(block.Count))
        {
            problems.Add(file, block.Line, "records", $"PART {block.Part.Code} 标明 records=\"{block.RecordsAttribute}\"，但实有 (holds) {block.Count} 条");
        }

        if (block.ControlAttribute != MessageFormat.Amount(block.Control))
        {
            problems.Add(file, block.Line, "control", $"PART {block.Part.Code} 标明 control=\"{block.ControlAttribute}\"，但其记录合计为 {MessageFormat.Amount(block.Control)}");
        }
    }

    private void CheckValue(int line, FieldDefinition field, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        var problem = field.Type switch
        {
            FieldType.Amount when !Amount().IsMatch(value) || value == "-0.00" => "不是按 -?digits.dd 书写、无前导零 (without leading zeros) 的金额",
            FieldType.Ratio when !Ratio().IsMatch(value) => "不是按 ddd.dddd 书写的比例 (ratio)",
            FieldType.WholeNumber when !Whole().IsMatch(value) => "不是无符号、无前导零的整数 (whole number)",
            FieldType.Code => null,
            _ => FieldValueCheck.Problem(field, value, CodeLists.Embedded),
        };
        if (problem is null && field.Type == FieldType.Text && (value != value.Trim() || HasRemovedCharacter(value)))
        {
            problem = "文本未去除首尾空白，或含规范要求去除的字符";
        }

        if (problem is not null)
        {
            problems.Add(file, line, field.Name, $"'{value}' {problem}");
        }
    }

    /// <summary>A control character, U+FFFE, U+FFFF or a lone surrogate: what extraction removes from text.</summary>
    private static bool HasRemovedCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (c < ' ' || c == '\u007F' || c == '\uFFFE' || c == '\uFFFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^-?(0|[1-9]\d{0,17})\.\d{2}$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(0|[1-9]\d{0,2})\.\d{4}$")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"^(0|[1-9]\d*)$")]
    private static partial Regex Whole();
}
