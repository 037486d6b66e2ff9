using System.Text;

namespace RiskReporting.Extraction.Text;

/// <summary>
/// The spec's text rule (README, "Dates … Text", amended 2026-12-01): control characters U+0000–U+001F and
/// U+007F, and the characters XML 1.0 does not allow (U+FFFE, U+FFFF, lone surrogates), are removed first,
/// then leading and trailing white space (Unicode White_Space, U+3000 included) is trimmed. Each removal is
/// finding TS-DQ-010; a surrogate pair (a character outside the BMP) is kept whole.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string? raw, out bool removedControl)
    {
        removedControl = false;
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        if (!HasForbidden(raw))
        {
            return raw.Trim();
        }

        removedControl = true;
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                builder.Append(c).Append(raw[++i]);
            }
            else if (!IsForbiddenUnit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    private static bool HasForbidden(string raw)
    {
        // Most values (codes, dates, amounts) are printable ASCII: one vectorised pass settles them.
        var first = raw.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (first < 0)
        {
            return false;
        }

        var span = raw.AsSpan(first);
        if (span.IndexOfAnyInRange('\u0000', '\u001F') >= 0 || span.IndexOfAny('\u007F', '\uFFFE', '\uFFFF') >= 0)
        {
            return true;
        }

        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A UTF-16 unit that never stands in a package: a control character, a non-character XML forbids, or a surrogate not in a pair.</summary>
    private static bool IsForbiddenUnit(char c) => c <= '\u001F' || c == '\u007F' || c == '\uFFFE' || c == '\uFFFF' || char.IsSurrogate(c);
}
