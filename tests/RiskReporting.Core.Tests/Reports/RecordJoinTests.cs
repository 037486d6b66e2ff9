using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Tests.Reports;

public sealed class RecordJoinTests
{
    private static ReportRecord Holder(string customer, string rank, string name) =>
        new(ReportParts.B3P3, [customer, "1", rank, name, "1", "110101196802158358", "10.00", "20250101", ""]);

    [Test]
    public void TwoVersionsOfAPart_JoinByKey_InReportOrder_WithRecordsOnlyOnOneSide()
    {
        ReportRecord[] before = [Holder("C1", "1", "甲"), Holder("C1", "2", "乙"), Holder("C3", "1", "丙")];
        ReportRecord[] after = [Holder("C1", "2", "乙乙"), Holder("C2", "1", "丁"), Holder("C3", "1", "丙")];

        var pairs = RecordJoin.ByKey(before, after).Select(p => $"{p.Before?["NAME"] ?? "-"}>{p.After?["NAME"] ?? "-"}").ToList();

        Assert.That(pairs, Is.EqualTo(new[] { "甲>-", "乙>乙乙", "->丁", "丙>丙" }));
    }

    [Test]
    public void RanksWrittenWithALeadingZero_SortWithTheirNumber_ButAreDifferentKeys()
    {
        ReportRecord[] before = [Holder("C1", "2", "甲"), Holder("C1", "10", "乙")];
        ReportRecord[] after = [Holder("C1", "02", "甲"), Holder("C1", "10", "乙")];

        var pairs = RecordJoin.ByKey(before, after).Select(p => $"{p.Before?.Key ?? "-"}>{p.After?.Key ?? "-"}").ToList();

        Assert.That(pairs, Is.EqualTo(new[] { "->C1|1|02", "C1|1|2>-", "C1|1|10>C1|1|10" }));
    }

    [Test]
    public void ADuplicatedKey_IsJoinedByItsFirstRecord()
    {
        ReportRecord[] before = [Holder("C1", "1", "甲")];
        ReportRecord[] after = [Holder("C1", "1", "乙"), Holder("C1", "1", "丙")];

        var pairs = RecordJoin.ByKey(before, after).Select(p => $"{p.Before?["NAME"] ?? "-"}>{p.After?["NAME"] ?? "-"}").ToList();

        Assert.That(pairs, Is.EqualTo(new[] { "甲>乙" }));
    }
}
