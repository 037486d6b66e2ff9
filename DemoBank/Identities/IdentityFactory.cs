using System.Globalization;
using Bogus;
using RiskReporting.Core.Identifiers;

namespace RiskReporting.DemoBank.Identities;

/// <summary>
/// Valid, unique identifiers for the demo bank. Uniqueness comes from sequence numbers spread by a
/// multiplier coprime with the number space, so nothing has to be remembered to avoid repeats.
/// </summary>
public sealed class IdentityFactory(Randomizer random)
{
    private const int OrganizationSpace = 100_000_000;
    private const string NewStyleCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private long _enterpriseSequence;
    private long _personSequence;
    private long _fiSequence;

    /// <summary>A USCC of a registered enterprise (registration class 9, type 1) in the given region.</summary>
    public string NextUscc(string regionCode)
    {
        var sequence = ++_enterpriseSequence;
        string body;
        if (sequence % 3 == 0)
        {
            // Codes issued since 2015 carry "MA" and letters in the organisation code.
            var n = sequence * 7_919 % 887_503_681L;
            var chars = new char[6];
            for (var i = 5; i >= 0; i--)
            {
                chars[i] = NewStyleCharset[(int)(n % 31)];
                n /= 31;
            }

            body = "MA" + new string(chars);
        }
        else
        {
            body = (sequence * 7_919 % OrganizationSpace).ToString("D8", CultureInfo.InvariantCulture);
        }

        var organizationCode = body + OrganizationCode.CheckCharacter(body);
        var first17 = "91" + regionCode + organizationCode;
        return first17 + Uscc.CheckCharacter(first17);
    }

    /// <summary>A resident identity card number of a person born between the given years.</summary>
    public string NextResidentId(string regionCode, int bornFrom, int bornTo)
    {
        var sequence = ++_personSequence;
        var birth = new DateOnly(random.Number(bornFrom, bornTo), 1, 1).AddDays(random.Number(0, 364));
        var first17 = regionCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (sequence % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    /// <summary>A 17-character regulator statistics code of a financial institution.</summary>
    public string NextFiCode()
    {
        var sequence = ++_fiSequence;
        var letter = (char)('A' + random.Number(0, 25));
        return letter + random.Number(1000, 9999).ToString(CultureInfo.InvariantCulture) + "K" + (sequence * 7_919).ToString("D11", CultureInfo.InvariantCulture);
    }
}
