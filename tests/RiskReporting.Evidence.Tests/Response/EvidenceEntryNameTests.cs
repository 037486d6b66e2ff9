using RiskReporting.Evidence.Response;

namespace RiskReporting.Evidence.Tests.Response;

public sealed class EvidenceEntryNameTests
{
    [TestCase("../../etc/passwd", "evidence/D0001/01_.._.._etc_passwd")]
    [TestCase("营业执照.pdf", "evidence/D0001/01_____.pdf")]
    [TestCase("", "evidence/D0001/01_file")]
    [TestCase("C:\\Windows\\a b.pdf", "evidence/D0001/01_C__Windows_a_b.pdf")]
    public void OriginalName_BecomesASafeEntryName(string original, string expected) =>
        Assert.That(EvidenceEntryName.Of("D0001", 1, original), Is.EqualTo(expected));

    [Test]
    public void LongName_IsCutToSixtyCharacters() =>
        Assert.That(EvidenceEntryName.Safe(new string('a', 80) + ".pdf"), Is.EqualTo(new string('a', 60)));
}
