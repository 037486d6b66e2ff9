namespace RiskReporting.Core.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters whose last is a
/// check character, and whose characters 9–17 are an organisation code with its own GB 11714 check
/// (rules.md JBL-004).
/// </summary>
public static class Uscc
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 18)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (Charset.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return CheckCharacter(value.AsSpan(0, 17)) == value[17] && OrganizationCode.IsValid(value.Substring(8, 9));
    }

    /// <summary>The 18th character for the first 17; each must be in <see cref="Charset"/>.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("A USCC check character needs exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a USCC character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    /// <summary>Characters 9–17 (the organisation code), as B3P1 ORG_CODE carries them.</summary>
    public static string OrganizationCodeOf(string uscc) => uscc.Substring(8, 9);
}
