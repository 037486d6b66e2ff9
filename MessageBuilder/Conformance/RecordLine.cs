using System.Text;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// One <c>&lt;R&gt;</c> line: exactly the part's fields in spec order, an empty value written <c>&lt;FIELD/&gt;</c>,
/// and only &amp;amp;, &amp;lt; and &amp;gt; as escapes. Returns the unescaped values, or null when the line is no record.
/// </summary>
internal static class RecordLine
{
    public static string[]? Parse(string name, int number, string text, PartDefinition part, ConformanceProblems problems)
    {
        if (!text.StartsWith("<R>", StringComparison.Ordinal) || !text.EndsWith("</R>", StringComparison.Ordinal))
        {
            problems.Add(name, number, $"应为 (expected a record) {part.Code} 的记录 <R>…</R> 或 </PART>");
            return null;
        }

        var fields = part.Fields;
        var values = new string[fields.Count];
        var count = 0;
        var inOrder = true;
        var position = 3;
        var end = text.Length - 4;
        while (position < end)
        {
            if (!TryField(text, position, end, out var field))
            {
                problems.Add(name, number, $"记录自第 {position + 1} 个字符起不是 <FIELD>value</FIELD> 或 <FIELD/> 的序列");
                return null;
            }

            var fieldName = text.AsSpan(field.NameStart, field.NameLength);
            if (field.ValueStart >= 0 && field.ValueLength == 0)
            {
                problems.Add(name, number, fieldName.ToString(), "空值须写作 <FIELD/>");
            }

            if (inOrder && count < values.Length && fieldName.SequenceEqual(fields[count].Name))
            {
                values[count] = field.ValueStart < 0 ? string.Empty : Unescape(name, number, fields[count].Name, text.AsSpan(field.ValueStart, field.ValueLength), problems);
            }
            else
            {
                inOrder = false;
            }

            count++;
            position = field.End;
        }

        if (!inOrder || count != values.Length)
        {
            var expected = string.Join(",", fields.Select(f => f.Name));
            problems.Add(name, number, $"{part.Code} 记录的字段应为 {expected}，且按此顺序；实为 {string.Join(",", FieldNames(text, end))}");
            return null;
        }

        return values;
    }

    /// <summary>
    /// One <c>&lt;NAME&gt;value&lt;/NAME&gt;</c> or <c>&lt;NAME/&gt;</c> starting exactly at <paramref name="position"/>
    /// and ending by <paramref name="end"/>: NAME is [A-Z0-9_]+, the value holds no '&lt;'. A value's start is −1
    /// for the empty form.
    /// </summary>
    private static bool TryField(string text, int position, int end, out (int NameStart, int NameLength, int ValueStart, int ValueLength, int End) field)
    {
        field = default;
        if (text[position] != '<')
        {
            return false;
        }

        var nameStart = position + 1;
        var i = nameStart;
        while (i < end && IsNameCharacter(text[i]))
        {
            i++;
        }

        var nameLength = i - nameStart;
        if (nameLength == 0 || i >= end)
        {
            return false;
        }

        if (text[i] == '/')
        {
            if (i + 1 >= end || text[i + 1] != '>')
            {
                return false;
            }

            field = (nameStart, nameLength, -1, 0, i + 2);
            return true;
        }

        if (text[i] != '>')
        {
            return false;
        }

        var valueStart = i + 1;
        var close = text.IndexOf('<', valueStart, end - valueStart);
        var closeEnd = close + 2 + nameLength + 1;
        if (close < 0 || closeEnd > end || text[close + 1] != '/'
            || !text.AsSpan(close + 2, nameLength).SequenceEqual(text.AsSpan(nameStart, nameLength)) || text[close + 2 + nameLength] != '>')
        {
            return false;
        }

        field = (nameStart, nameLength, valueStart, close - valueStart, closeEnd);
        return true;
    }

    private static bool IsNameCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>The field names of a record, for the message when they are not the part's.</summary>
    private static List<string> FieldNames(string text, int end)
    {
        var names = new List<string>();
        for (var position = 3; position < end && TryField(text, position, end, out var field); position = field.End)
        {
            names.Add(text.Substring(field.NameStart, field.NameLength));
        }

        return names;
    }

    private static string Unescape(string name, int number, string field, ReadOnlySpan<char> raw, ConformanceProblems problems)
    {
        if (raw.Contains('>'))
        {
            problems.Add(name, number, field, "'>' 须写作 &gt;");
        }

        if (!raw.Contains('&'))
        {
            return raw.ToString();
        }

        var value = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '&')
            {
                value.Append(raw[i]);
                continue;
            }

            var escape = raw[i..];
            var (length, character) = escape.StartsWith("&amp;") ? (5, '&') : escape.StartsWith("&lt;") ? (4, '<') : escape.StartsWith("&gt;") ? (4, '>') : (0, '\0');
            if (length == 0)
            {
                problems.Add(name, number, field, "只允许 &amp;、&lt; 和 &gt; 三种转义 (escapes)");
                value.Append('&');
                continue;
            }

            value.Append(character);
            i += length - 1;
        }

        return value.ToString();
    }
}
