using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;

namespace RiskReporting.Core.Tests.Snapshots;

public sealed class OverrideApplicationTests
{
    private static readonly ReportRecord First = new(ReportParts.B3P2, ["C1", "1", "张三", "2", "110101196802158358", "20250101"]);
    private static readonly ReportRecord Second = new(ReportParts.B3P2, ["C2", "1", "李四", "2", "110101196802158358", "20250101"]);

    [Test]
    public void Overrides_OfOneRecordAccumulate_TheExtractedListStaysAsItWas_AndAnUnknownKeyIsReported()
    {
        var records = ReportRecords.Of([First, Second]);

        var (reported, applied, unmatched) = OverrideApplication.Apply(records,
            [Set("o1", First.Key, "ID_TYPE", "4"), Set("o2", First.Key, "UPDATED_ON", "20260101"), Set("o3", "NO|SUCH|KEY", "ID_TYPE", "4"), Set("o4", Second.Key, "ID_TYPE", "1") with { RemovedBy = "ops2" }]);

        Assert.Multiple(() =>
        {
            Assert.That(reported["B3P2"].First().Values, Is.EqualTo(new[] { "C1", "1", "张三", "4", "110101196802158358", "20260101" }));
            Assert.That(reported["B3P2"].Last(), Is.SameAs(Second), "a removed override is not applied");
            Assert.That(records["B3P2"].First(), Is.SameAs(First), "the extracted part stays as it was");
            Assert.That(applied.Select(o => o.Id), Is.EqualTo(new[] { "o1", "o2" }));
            Assert.That(unmatched.Select(o => o.Id), Is.EqualTo(new[] { "o3" }));
        });
    }

    private static Override Set(string id, string key, string field, string value) =>
        new(id, ReportingPeriod.Parse("202610"), "B3P2", key, field, value, "reason", "ops1", DateTimeOffset.UnixEpoch, null, null);
}
