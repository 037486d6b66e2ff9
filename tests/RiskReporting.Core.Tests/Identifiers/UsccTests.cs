using RiskReporting.Core.Identifiers;

namespace RiskReporting.Core.Tests.Identifiers;

public sealed class UsccTests
{
    [TestCase("91140000786956812X")]
    [TestCase("91500000832335233D")]
    [TestCase("91350200MAWJHFU315")]
    public void IsValid_CodesOfTheSpecSampleBank_AreValid(string uscc) =>
        Assert.That(Uscc.IsValid(uscc), Is.True);

    [TestCase("91140000786956812Y", TestName = "IsValid_WrongCheckCharacter_IsInvalid")]
    [TestCase("9114000078695681X", TestName = "IsValid_SeventeenCharacters_IsInvalid")]
    [TestCase("91140000786956812x", TestName = "IsValid_LowerCase_IsInvalid")]
    [TestCase("9114000078695I812X", TestName = "IsValid_LetterOutsideTheCharset_IsInvalid")]
    public void IsValid_MalformedCodes_AreInvalid(string uscc) =>
        Assert.That(Uscc.IsValid(uscc), Is.False);

    [Test]
    public void IsValid_ValidUsccCheckButBrokenOrganisationCode_IsInvalid()
    {
        // Organisation code 78695681 has check 2; put 0 there and recompute the USCC check so only GB 11714 fails.
        var first17 = "9114000078695681" + "0";
        var uscc = first17 + Uscc.CheckCharacter(first17);

        Assert.Multiple(() =>
        {
            Assert.That(uscc[17], Is.EqualTo(Uscc.CheckCharacter(first17)));
            Assert.That(Uscc.IsValid(uscc), Is.False);
        });
    }

    [Test]
    public void OrganizationCode_OfASampleUscc_ChecksUnderGb11714()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OrganizationCode.CheckCharacter("78695681"), Is.EqualTo('2'));
            Assert.That(OrganizationCode.IsValid("786956812"), Is.True);
            Assert.That(OrganizationCode.IsValid("786956810"), Is.False);
        });
    }
}
