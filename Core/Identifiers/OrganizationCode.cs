namespace RiskReporting.Core.Identifiers;

/// <summary>The 9-character organisation code of GB 11714, the body of a USCC (characters 9–17).</summary>
public static class OrganizationCode
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 9)
        {
            return false;
        }

        for (var i = 0; i < 8; i++)
        {
            if (ValueOf(value[i]) < 0)
            {
                return false;
            }
        }

        return CheckCharacter(value.AsSpan(0, 8)) == value[8];
    }

    /// <summary>The 9th character for the first 8 (digits 0–9, letters A=10 … Z=35).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var value = ValueOf(first8[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first8[i]}' is not an organisation-code character.", nameof(first8));
            }

            sum += value * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}
