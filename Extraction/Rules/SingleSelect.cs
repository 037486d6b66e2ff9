namespace RiskReporting.Extraction.Rules;

/// <summary>
/// A rule file holds exactly one SELECT (or a WITH … SELECT): the engine runs it in a read-only session, and
/// anything after it (`…; UPDATE customer …`) is refused before any query reaches the source. String
/// literals, quoted identifiers and comments are skipped, so a `;` inside them is no statement end.
/// </summary>
public static class SingleSelect
{
    /// <summary>The problem with the file's statements, as "line N: reason", or null when it is one SELECT.</summary>
    public static string? Problem(string sql)
    {
        var position = SkipBlank(sql, 0);
        if (position >= sql.Length)
        {
            return "line 1：规则文件中没有查询 (no query)：须恰好含一条 SELECT。";
        }

        var first = Word(sql, position);
        if (!first.Equals("SELECT", StringComparison.OrdinalIgnoreCase) && !first.Equals("WITH", StringComparison.OrdinalIgnoreCase))
        {
            return $"line {LineAt(sql, position)}：规则须为一条 SELECT，但以 '{Shown(sql, position)}' 开头。";
        }

        var end = StatementEnd(sql, position);
        if (end < 0)
        {
            return null;
        }

        var next = SkipBlank(sql, end + 1);
        return next >= sql.Length
            ? null
            : $"line {LineAt(sql, next)}：SELECT 之后还有第二条语句 (second statement)（'{Shown(sql, next)}'）：规则文件须恰好含一条 SELECT。";
    }

    /// <summary>The index of the first `;` outside literals, quoted identifiers and comments, or -1.</summary>
    private static int StatementEnd(string sql, int from)
    {
        for (var i = from; i < sql.Length; i++)
        {
            switch (sql[i])
            {
                case ';':
                    return i;
                case '\'' or '"' or '`':
                    i = Closing(sql, i, sql[i]);
                    break;
                case '[':
                    i = Closing(sql, i, ']');
                    break;
                case '-' when i + 1 < sql.Length && sql[i + 1] == '-':
                case '/' when i + 1 < sql.Length && sql[i + 1] == '*':
                    i = SkipBlank(sql, i) - 1;
                    break;
            }
        }

        return -1;
    }

    /// <summary>The index of the quote that closes the one at <paramref name="open"/> (a doubled quote is an escaped one).</summary>
    private static int Closing(string sql, int open, char quote)
    {
        for (var i = open + 1; i < sql.Length; i++)
        {
            if (sql[i] == quote && (i + 1 >= sql.Length || sql[i + 1] != quote || quote == ']'))
            {
                return i;
            }

            if (sql[i] == quote)
            {
                i++;
            }
        }

        return sql.Length;
    }

    /// <summary>The first index from <paramref name="from"/> that is neither white space nor inside a comment.</summary>
    private static int SkipBlank(string sql, int from)
    {
        var i = from;
        while (i < sql.Length)
        {
            if (char.IsWhiteSpace(sql[i]))
            {
                i++;
            }
            else if (sql.AsSpan(i).StartsWith("--"))
            {
                var lineEnd = sql.IndexOf('\n', i);
                i = lineEnd < 0 ? sql.Length : lineEnd + 1;
            }
            else if (sql.AsSpan(i).StartsWith("/*"))
            {
                var close = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? sql.Length : close + 2;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    private static string Word(string sql, int from)
    {
        var end = from;
        while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
        {
            end++;
        }

        return sql[from..end];
    }

    private static string Shown(string sql, int from)
    {
        var lineEnd = sql.IndexOfAny(['\r', '\n'], from);
        var text = (lineEnd < 0 ? sql[from..] : sql[from..lineEnd]).Trim();
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static int LineAt(string sql, int position) => sql.AsSpan(0, position).Count('\n') + 1;
}
