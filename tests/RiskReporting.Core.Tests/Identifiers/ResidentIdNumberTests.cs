using RiskReporting.Core.Identifiers;

namespace RiskReporting.Core.Tests.Identifiers;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly D = new(2026, 10, 31);

    [TestCase("110101196802158358")]
    [TestCase("510104197207246546")]
    [TestCase("440305195911208236")]
    public void IsValid_NumbersOfTheSpecSampleBank_AreValid(string id) =>
        Assert.That(ResidentIdNumber.IsValid(id, D), Is.True);

    [Test]
    public void IsValid_WrongCheckCharacter_IsInvalid() =>
        Assert.That(ResidentIdNumber.IsValid("110101196802158359", D), Is.False);

    [Test]
    public void IsValid_BirthDateAfterTheDataDate_IsInvalid()
    {
        var first17 = "11010120261101001";
        Assert.That(ResidentIdNumber.IsValid(first17 + ResidentIdNumber.CheckCharacter(first17), D), Is.False);
    }

    [Test]
    public void IsValid_BirthDateThatIsNoRealDate_IsInvalid()
    {
        var first17 = "11010119990230001";
        Assert.That(ResidentIdNumber.IsValid(first17 + ResidentIdNumber.CheckCharacter(first17), D), Is.False);
    }

    [Test]
    public void CheckCharacter_SumModElevenTwo_IsX()
    {
        // Σ mod 11 = 2 maps to 'X' in "10X98765432".
        var candidates = Enumerable.Range(0, 1000).Select(i => "11010119900101" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        var withX = candidates.First(c => ResidentIdNumber.CheckCharacter(c) == 'X');
        Assert.That(ResidentIdNumber.IsValid(withX + "X", D), Is.True);
    }
}
