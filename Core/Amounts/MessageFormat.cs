using System.Globalization;

namespace RiskReporting.Core.Amounts;

/// <summary>Values as message-format.md writes them: invariant culture, fixed decimals, never "-0.00".</summary>
public static class MessageFormat
{
    public static string Amount(decimal value) => Fixed(value, 2);

    public static string Ratio(decimal value) => Fixed(value, 4);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string WholeNumber(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount or ratio as a message writes it, read back; null when empty or not a number.</summary>
    public static decimal? ParseAmount(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>As <see cref="ParseAmount"/>, an empty or malformed value counting 0 (sums over fields that may be empty).</summary>
    public static decimal AmountOrZero(string text) => ParseAmount(text) ?? 0m;

    private static string Fixed(decimal value, int decimals)
    {
        var rounded = Money.RoundHalfUp(value, decimals);
        if (rounded == 0m)
        {
            rounded = 0m; // drops a negative zero's sign
        }

        return rounded.ToString(decimals == 2 ? "0.00" : "0.0000", CultureInfo.InvariantCulture);
    }
}
