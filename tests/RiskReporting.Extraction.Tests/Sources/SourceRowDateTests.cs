using System.Globalization;
using RiskReporting.Extraction.Sources;

namespace RiskReporting.Extraction.Tests.Sources;

/// <summary>
/// A source date is read without the general date parser (issue #16); it must accept exactly the texts that
/// <c>DateOnly.TryParseExact(s[..10], "yyyy-MM-dd")</c> accepted, as the same dates.
/// </summary>
public sealed class SourceRowDateTests
{
    private static readonly string[] Edges =
    [
        "2026-10-31", "2026-10-31 23:59:59", "2026-10-31T08:00:00.000", "2024-02-29", "2026-02-29", "2026-04-31", "2026-13-01",
        "2026-00-10", "2026-10-00", "0000-01-01", "0001-01-01", "9999-12-31", "2026-1-05", "2026-10-3", "2026/10/31", " 2026-10-31",
        "2026-10-31x", "20261031", "", "2026-10", "２０２６-10-31", "2026-1０-31", "-026-10-31", "+026-10-31", "2026--0-31", "1900-02-29",
        "2000-02-29", "abcd-ef-gh", "2026-10-31\0",
    ];

    [Test]
    public void TheDateReader_AcceptsExactlyTheTextsTheExactParserAccepts_AsTheSameDates()
    {
        var random = new Random(20261031);
        const string alphabet = "0123456789-0123456789 T:x/";
        var texts = Edges.Concat(Enumerable.Range(0, 200_000).Select(_ => Random(random, alphabet))).ToList();
        var accepted = 0;
        foreach (var text in texts)
        {
            DateOnly? expected = DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            Assert.That(SourceRow.IsoDate(text), Is.EqualTo(expected), $"'{text}'");
            accepted += expected is null ? 0 : 1;
        }

        // The random texts must reach both sides of the check, or the comparison proves nothing.
        Assert.That(accepted, Is.GreaterThan(1_000).And.LessThan(texts.Count - 1_000));
    }

    /// <summary>A text that looks like a date often enough: digits in date places, with now and then another character anywhere.</summary>
    private static string Random(Random random, string alphabet)
    {
        var chars = $"{random.Next(0, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}".ToCharArray().ToList();
        if (random.Next(3) == 0)
        {
            chars[random.Next(chars.Count)] = alphabet[random.Next(alphabet.Length)];
        }

        if (random.Next(4) == 0)
        {
            chars.AddRange(" 12:00:00");
        }

        return new string([.. chars]);
    }
}
