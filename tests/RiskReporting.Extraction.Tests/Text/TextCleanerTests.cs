using RiskReporting.Extraction.Text;

namespace RiskReporting.Extraction.Tests.Text;

public sealed class TextCleanerTests
{
    // Lone surrogates cannot stand in attribute arguments (metadata stores them as UTF-8) nor in test names, so each case is named.
    private static readonly TestCaseData[] Forbidden =
    [
        new TestCaseData("星海\uFFFE集团", "星海集团").SetArgDisplayNames("U+FFFE"),
        new TestCaseData("星海\uFFFF集团", "星海集团").SetArgDisplayNames("U+FFFF"),
        new TestCaseData("星海\uD800集团", "星海集团").SetArgDisplayNames("lone high surrogate"),
        new TestCaseData("星海集团\uDC00", "星海集团").SetArgDisplayNames("lone low surrogate at the end"),
        new TestCaseData("\uDBFF星海集团", "星海集团").SetArgDisplayNames("lone high surrogate at the start"),
        new TestCaseData("\u0007 星海集团\u007F ", "星海集团").SetArgDisplayNames("BEL and DEL"),
    ];

    [TestCaseSource(nameof(Forbidden))]
    public void CharactersXmlForbids_AreRemovedLikeControlCharacters_AndNoted(string raw, string expected)
    {
        var clean = TextCleaner.Clean(raw, out var removed);

        Assert.Multiple(() =>
        {
            Assert.That(clean, Is.EqualTo(expected));
            Assert.That(removed, Is.True);
        });
    }

    private static readonly object[] Allowed =
    [
        new object[] { "𠀀星海集团", "𠀀星海集团" },
        new object[] { "\u3000星海\uFFFD集团 ", "星海\uFFFD集团" },
        new object[] { "\uD83D\uDE00", "\uD83D\uDE00" },
    ];

    [TestCaseSource(nameof(Allowed))]
    public void SurrogatePairsAndAllowedCharacters_AreKept_AndNothingIsNoted(string raw, string expected)
    {
        var clean = TextCleaner.Clean(raw, out var removed);

        Assert.Multiple(() =>
        {
            Assert.That(clean, Is.EqualTo(expected));
            Assert.That(removed, Is.False);
        });
    }

    [Test]
    public void APairNextToALoneSurrogate_KeepsThePairAndDropsTheLoneUnit()
    {
        var clean = TextCleaner.Clean("a\uD83D\uDE00\uDE00b", out var removed);

        Assert.Multiple(() =>
        {
            Assert.That(clean, Is.EqualTo("a\uD83D\uDE00b"));
            Assert.That(removed, Is.True);
        });
    }
}
