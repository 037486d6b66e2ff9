using System.Globalization;

namespace RiskReporting.Core.Identifiers;

/// <summary>
/// The 18-character resident identity card number (居民身份证号码, GB 11643): six region digits, the
/// birth date YYYYMMDD, three sequence digits and an ISO 7064 MOD 11-2 check character (rules.md JBL-005).
/// </summary>
public static class ResidentIdNumber
{
    private const string CheckCharacters = "10X98765432";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>True when the number is well formed and its birth date is a real date on or before <paramref name="asOf"/>.</summary>
    public static bool IsValid(string? value, DateOnly asOf)
    {
        if (value is null || value.Length != 18)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        if (CheckCharacter(value.AsSpan(0, 17)) != value[17])
        {
            return false;
        }

        return DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            && birth <= asOf;
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
