using System.Text;
using System.Text.RegularExpressions;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// One <c>&lt;R&gt;</c> line: exactly the part's fields in spec order, an empty value written <c>&lt;FIELD/&gt;</c>,
/// and only &amp;amp;, &amp;lt; and &amp;gt; as escapes. Returns the unescaped values, or null when the line is no record.
/// </summary>
internal static partial class RecordLine
{
    public static string[]? Parse(string name, int number, string text, PartDefinition part, ConformanceProblems problems)
    {
        if (!text.StartsWith("<R>", StringComparison.Ordinal) || !text.EndsWith("</R>", StringComparison.Ordinal))
        {
            problems.Add(name, number, $"expected a record <R>…</R> of {part.Code} or </PART>");
            return null;
        }

        var names = new List<string>();
        var values = new List<string>();
        var position = 3;
        var end = text.Length - 4;
        while (position < end)
        {
            var match = Field().Match(text, position);
            if (!match.Success || match.Index != position || match.Index + match.Length > end)
            {
                problems.Add(name, number, $"the record is not a sequence of <FIELD>value</FIELD> or <FIELD/> from character {position + 1}");
                return null;
            }

            if (match.Groups["value"].Success && match.Groups["value"].Length == 0)
            {
                problems.Add(name, number, match.Groups["name"].Value, "an empty value is written <FIELD/>");
            }

            names.Add(match.Groups["name"].Value);
            values.Add(Unescape(name, number, match.Groups["name"].Value, match.Groups["value"].Value, problems));
            position += match.Length;
        }

        var expected = part.Fields.Select(f => f.Name).ToList();
        if (!names.SequenceEqual(expected, StringComparer.Ordinal))
        {
            problems.Add(name, number, $"the fields of a {part.Code} record are {string.Join(",", expected)}, in that order; found {string.Join(",", names)}");
            return null;
        }

        return [.. values];
    }

    private static string Unescape(string name, int number, string field, string raw, ConformanceProblems problems)
    {
        if (raw.Contains('>', StringComparison.Ordinal))
        {
            problems.Add(name, number, field, "'>' is written &gt;");
        }

        var value = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '&')
            {
                value.Append(raw[i]);
                continue;
            }

            var escape = raw.AsSpan(i);
            var (length, character) = escape.StartsWith("&amp;") ? (5, '&') : escape.StartsWith("&lt;") ? (4, '<') : escape.StartsWith("&gt;") ? (4, '>') : (0, '\0');
            if (length == 0)
            {
                problems.Add(name, number, field, "only &amp;, &lt; and &gt; are escapes");
                value.Append('&');
                continue;
            }

            value.Append(character);
            i += length - 1;
        }

        return value.ToString();
    }

    [GeneratedRegex(@"<(?<name>[A-Z0-9_]+)(?:/>|>(?<value>[^<]*)</\k<name>>)")]
    private static partial Regex Field();
}
