using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Tests.Reports;

/// <summary>The report order (report-tables.md): key fields in turn, ordinal, an I field as a number whatever its leading zeros.</summary>
public sealed class RecordKeyTests
{
    private static ReportRecord Holder(string customer, string kind, string rank) =>
        new(ReportParts.B3P3, [customer, kind, rank, "甲", "1", "110101196802158358", "10.00", "20250101", ""]);

    [Test]
    public void RecordsCompare_ByEachKeyFieldInTurn_AnIFieldAsANumber()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RecordKey.Compare(Holder("C1", "1", "9"), Holder("C1", "1", "10")), Is.Negative, "9 before 10");
            Assert.That(RecordKey.Compare(Holder("C1", "1", "010"), Holder("C1", "1", "9")), Is.Positive, "leading zeros do not count");
            Assert.That(RecordKey.Compare(Holder("C1", "1", "007"), Holder("C1", "1", "7")), Is.Zero);
            Assert.That(RecordKey.Compare(Holder("C1", "1", "0"), Holder("C1", "1", "")), Is.Zero, "zero and empty are both no digits");
            Assert.That(RecordKey.Compare(Holder("C10", "1", "1"), Holder("C9", "1", "1")), Is.Negative, "a text field is ordinal");
            Assert.That(RecordKey.Compare(Holder("C1", "2", "1"), Holder("C1", "1", "99")), Is.Positive, "an earlier key field decides first");
        });
    }

    [Test]
    public void TheOrder_IsTheOneOfTheTrimmedNumbersReference_OverManyRandomKeys()
    {
        var random = new Random(3);
        string Digits() => new([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => (char)('0' + random.Next(0, 3)))]);
        var holders = Enumerable.Range(0, 3_000).Select(_ => Holder("C" + random.Next(3), random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture), Digits())).ToList();

        foreach (var (x, y) in holders.Zip(holders.Skip(1)))
        {
            Assert.That(Math.Sign(RecordKey.Compare(x, y)), Is.EqualTo(Math.Sign(Reference(x, y))), $"{x.Key} against {y.Key}");
        }
    }

    [Test]
    public void ARecordsKey_IsItsKeyValuesJoinedWithEscapes_ForOneKeyFieldAndForSeveral()
    {
        string[] values = ["C1", "", "a|b", "50%", "%7C", "|", "甲|%乙"];
        Assert.Multiple(() =>
        {
            foreach (var (customer, rank) in values.SelectMany(c => values.Select(r => (c, r))))
            {
                var holder = Holder(customer, "1", rank);
                Assert.That(holder.Key, Is.EqualTo(Joined(customer, "1", rank)));
                Assert.That(holder.Key.Split('|').Select(v => v.Replace("%7C", "|", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal)),
                    Is.EqualTo(new[] { customer, "1", rank }), "the escapes undo");
            }

            foreach (var group in values)
            {
                // B2P1's key is GROUP_CODE alone: the value itself unless it holds '%' or '|'.
                var record = new ReportRecord(ReportParts.B2P1, [.. ReportParts.B2P1.Fields.Select(f => f.Name == "GROUP_CODE" ? group : "")]);
                Assert.That(record.Key, Is.EqualTo(Joined(group)));
            }
        });

        Assert.That(RecordKey.Join(["a|b", "50%"]), Is.EqualTo("a%7Cb|50%25"));
    }

    /// <summary>message-format.md, "Record keys", written plainly: '%' to %25, then '|' to %7C, values joined by '|'.</summary>
    private static string Joined(params string[] values) =>
        string.Join('|', values.Select(v => v.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)));

    /// <summary>The order as the spec states it, written plainly.</summary>
    private static int Reference(ReportRecord x, ReportRecord y)
    {
        var c = string.CompareOrdinal(x["CUST_CODE"], y["CUST_CODE"]);
        c = c != 0 ? c : string.CompareOrdinal(x["REL_KIND"], y["REL_KIND"]);
        if (c != 0)
        {
            return c;
        }

        var (a, b) = (x["RANK"].TrimStart('0'), y["RANK"].TrimStart('0'));
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
    }
}
