using System.Text;
using RiskReporting.Core.Text;

namespace RiskReporting.Core.Tests.Text;

/// <summary>The per-column cache of short texts (issue #16) gives exactly the string UTF-8 decoding gives; only object identity may differ.</summary>
public sealed class RepeatedTextsTests
{
    [Test]
    public void EveryText_IsTheOneUtf8DecodingGives_AndARepeatedTextIsTheSameObject()
    {
        var random = new Random(16);
        byte[][] pieces = [[.. "A"u8], [.. "01"u8], [.. "CNY"u8], [.. "2026-10-31"u8], Encoding.UTF8.GetBytes("字"), [0x00], [0xFF], [0xC3], [0xE5, 0xAD], [0x80]];
        List<byte[]> values = [[], [0x00], [0x00, 0x00], [.. "a"u8], [.. "a\0"u8], [.. "0123456789ABCDEF"u8], [.. "0123456789ABCDEF0"u8]];
        values.AddRange(Enumerable.Range(0, 3_000).Select(_ => Enumerable.Range(0, random.Next(0, 6)).SelectMany(_ => pieces[random.Next(pieces.Length)]).ToArray()));
        var texts = new RepeatedTexts();
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var (same, lookups, longs) = (0, 0, 0);
        for (var round = 0; round < 20; round++)
        {
            foreach (var value in values.OrderBy(_ => random.Next()))
            {
                var text = texts.Get(value);
                lookups++;
                Assert.That(text, Is.EqualTo(Encoding.UTF8.GetString(value)), Convert.ToHexString(value));
                var key = Convert.ToHexString(value);
                if (value.Length > RepeatedTexts.MaxBytes)
                {
                    longs++;
                    Assert.That(text, Is.Not.SameAs(texts.Get(value)), "a long text is made anew");
                }
                else if (first.TryGetValue(key, out var earlier))
                {
                    same += ReferenceEquals(earlier, text) ? 1 : 0;
                }
                else
                {
                    first[key] = text;
                }
            }
        }

        // The same bytes again give the same object (every value here is short, and the column repeats); only each first sight is new.
        Assert.That(same, Is.EqualTo(lookups - longs - first.Count));
        Assert.That(longs, Is.InRange(20, lookups / 4), "long texts are among the values, but not most of them");
        Assert.That(texts.Count, Is.LessThanOrEqualTo(values.Count));
    }

    [Test]
    public void TextsDifferingOnlyInLengthOrTrailingZeros_AreKeptApart()
    {
        // The key is two zero-padded words and the length: "ab", "ab\0" and "ab\0\0" share their words, so only the length tells them
        // apart. Thousands of such families fill the table far enough that their probe runs meet.
        var texts = new RepeatedTexts();
        var values = Enumerable.Range(0, 1_000).SelectMany(i => Enumerable.Range(0, 6).Select(zeros => Encoding.UTF8.GetBytes($"k{i}" + new string('\0', zeros)))).ToList();
        foreach (var value in values)
        {
            // Each asked for three times running, so that the column counts as repeating.
            for (var again = 0; again < 3; again++)
            {
                Assert.That(texts.Get(value), Is.EqualTo(Encoding.UTF8.GetString(value)).And.Length.EqualTo(value.Length), Convert.ToHexString(value));
            }
        }

        Assert.That(texts.Count, Is.EqualTo(values.Count));
    }

    [Test]
    public void TextsOfEveryLength_DifferingInAnyOneByte_AreKeptApart()
    {
        var texts = new RepeatedTexts();
        var values = new List<byte[]>();
        for (var length = 1; length <= RepeatedTexts.MaxBytes; length++)
        {
            var text = "abcdefghijklmnop"u8[..length].ToArray();
            values.Add(text);
            for (var position = 0; position < length; position++)
            {
                var changed = (byte[])text.Clone();
                changed[position] = (byte)'Z';
                values.Add(changed);
            }
        }

        for (var round = 0; round < 3; round++)
        {
            foreach (var value in values)
            {
                Assert.That(texts.Get(value), Is.EqualTo(Encoding.UTF8.GetString(value)), Convert.ToHexString(value));
            }
        }

        Assert.That(texts.Count, Is.EqualTo(values.Count));
    }

    [TestCase(2_048, true)]
    [TestCase(2_047, false)]
    public void AColumnKeepsItsTexts_WhenHalfOfItsFirst4096LookupsAreFoundAgain(int found, bool keeps)
    {
        var texts = new RepeatedTexts();
        var lookups = 0;
        for (var i = 0; i < found; i++, lookups += 2)
        {
            texts.Get(Encoding.UTF8.GetBytes($"v{i}"));
            texts.Get(Encoding.UTF8.GetBytes($"v{i}"));
        }

        for (var i = 0; lookups < 4_096; i++, lookups++)
        {
            texts.Get(Encoding.UTF8.GetBytes($"new{i}"));
        }

        Assert.That(texts.Count, keeps ? Is.EqualTo(4_096 - found) : Is.Zero);
        Assert.That(texts.Get("v1"u8), Is.EqualTo("v1"));
    }

    [Test]
    public void AColumnThatDoesNotRepeat_StopsKeepingTexts_AndStillGivesEachText()
    {
        var texts = new RepeatedTexts();
        for (var i = 0; i < 10_000; i++)
        {
            var value = Encoding.UTF8.GetBytes($"ID{i:D12}");
            Assert.That(texts.Get(value), Is.EqualTo($"ID{i:D12}"));
            if (i == 4_000)
            {
                Assert.That(texts.Count, Is.EqualTo(4_001), "kept while on trial");
            }
        }

        Assert.That(texts.Count, Is.Zero);
    }

    [Test]
    public void TheCacheHoldsAtMostItsCapacity_AndTextsPastItAreStillRight()
    {
        var texts = new RepeatedTexts(capacity: 100);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 1_000; i++)
            {
                // Mostly the first 100 texts again, with a new one now and then: more texts than the capacity, all still right.
                var n = i % 11 == 0 ? 100 + i : i % 100;
                Assert.That(texts.Get(Encoding.UTF8.GetBytes($"T{n}")), Is.EqualTo($"T{n}"));
            }
        }

        Assert.That(texts.Count, Is.EqualTo(100));
        var a = texts.Get("T5"u8);
        Assert.That(texts.Get("T5"u8), Is.SameAs(a));
    }
}
