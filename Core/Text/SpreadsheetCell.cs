namespace RiskReporting.Core.Text;

/// <summary>
/// A cell a spreadsheet never runs as a formula (message-format.md, "Findings file"): text that begins with
/// <c>=</c>, <c>+</c>, <c>@</c>, a tab or a carriage return, or with <c>-</c> not followed by a digit, gets a
/// leading <c>'</c>. Anything else is returned unchanged, so amounts such as <c>-3.07</c> stay numbers.
/// </summary>
public static class SpreadsheetCell
{
    public static string Neutralise(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var risky = text[0] switch
        {
            '=' or '+' or '@' or '\t' or '\r' => true,
            '-' => text.Length == 1 || !char.IsAsciiDigit(text[1]),
            _ => false,
        };
        return risky ? "'" + text : text;
    }
}
