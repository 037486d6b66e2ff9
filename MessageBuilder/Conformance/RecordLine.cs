using System.Text;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Text;

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
    /// The values of a record line read from its bytes, or null when the line is not plainly one: anything but the part's fields
    /// in order, each <c>&lt;NAME&gt;value&lt;/NAME&gt;</c> with a value free of '&lt;', '&gt;', '&amp;', CR and LF, or
    /// <c>&lt;NAME/&gt;</c>, with every value valid GB18030. Those bytes are ASCII and never part of a GB18030 character,
    /// so the values are the ones <see cref="Parse"/> finds in the decoded line, and a line it declines goes there to be
    /// decoded and its problems named. It spares the gate a string for every line (issue #16). <paramref name="texts"/> holds
    /// one cache per field for short values that repeat.
    /// </summary>
    public static string[]? TryParse(ReadOnlySpan<byte> line, FieldTags tags, RepeatedTexts[] texts)
    {
        if (!line.StartsWith("<R>"u8) || !line.EndsWith("</R>"u8) || line.IndexOfAny((byte)'\r', (byte)'\n') >= 0)
        {
            return null;
        }

        var values = new string[tags.Count];
        var body = line[3..^4];
        for (var i = 0; i < values.Length; i++)
        {
            var name = tags.Names[i];
            if (body.Length < name.Length + 3 || body[0] != '<' || !body[1..].StartsWith(name))
            {
                return null;
            }

            var rest = body[(1 + name.Length)..];
            if (rest[0] == '/')
            {
                if (rest[1] != '>')
                {
                    return null;
                }

                values[i] = string.Empty;
                body = rest[2..];
                continue;
            }

            if (rest[0] != '>')
            {
                return null;
            }

            rest = rest[1..];
            var close = rest.IndexOfAny((byte)'<', (byte)'>', (byte)'&');
            if (close <= 0 || rest[close] != '<' || !rest[close..].StartsWith(tags.Closings[i]))
            {
                return null;
            }

            var value = Value(rest[..close], texts[i]);
            if (value is null)
            {
                return null;
            }

            values[i] = value;
            body = rest[(close + tags.Closings[i].Length)..];
        }

        return body.IsEmpty ? values : null;
    }

    /// <summary>A value's text: ASCII is the same in GB18030 and UTF-8, so a short one may come from the field's cache.</summary>
    private static string? Value(ReadOnlySpan<byte> raw, RepeatedTexts texts)
    {
        if (Ascii.IsValid(raw))
        {
            return texts.Get(raw);
        }

        try
        {
            return Gb18030Reading.GetStringStrict(raw);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A part's field names as the bytes of a record line: each name, and its closing tag.</summary>
    internal sealed class FieldTags
    {
        public FieldTags(PartDefinition part)
        {
            Names = [.. part.Fields.Select(f => Encoding.ASCII.GetBytes(f.Name))];
            Closings = [.. part.Fields.Select(f => Encoding.ASCII.GetBytes($"</{f.Name}>"))];
        }

        public int Count => Names.Length;

        public byte[][] Names { get; }

        public byte[][] Closings { get; }
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
