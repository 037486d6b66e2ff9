using System.Globalization;

namespace RiskReporting.Core.Amounts;

/// <summary>Values as message-format.md writes them: invariant culture, fixed decimals, never "-0.00".</summary>
public static class MessageFormat
{
    public static string Amount(decimal value) => Fixed(value, 2);

    public static string Ratio(decimal value) => Fixed(value, 4);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string WholeNumber(long value) => value.ToString(CultureInfo.InvariantCulture);

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
