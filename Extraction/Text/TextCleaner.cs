using System.Text;

namespace RiskReporting.Extraction.Text;

/// <summary>
/// The spec's text rule (README, "Dates … Text"): control characters U+0000–U+001F and U+007F are removed
/// first, then leading and trailing white space (Unicode White_Space, U+3000 included) is trimmed.
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

        if (raw.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') < 0 && !raw.Contains('\u007F', StringComparison.Ordinal))
        {
            return raw.Trim();
        }

        removedControl = true;
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c > '\u001F' && c != '\u007F')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
