using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Core.Tests.State;

public sealed class ExplanationMatcherTests
{
    private static readonly StoredFinding Finding = new("TS-DQ-005", "WARNING", "B1P1", "2|C1|L1", "USED_TOTAL", "6000.01", "100001", "m");
    private static readonly ReportingPeriod October = ReportingPeriod.Parse("202610");

    [Test]
    public void CarriedForwardExplanation_StillExplains_WhileTheValuesAreUnchanged()
    {
        var september = Explain(ReportingPeriod.Parse("202609"), carryForward: true, digest: "same");
        Assert.Multiple(() =>
        {
            Assert.That(ExplanationMatcher.For(Finding, October, "same", [september]), Is.EqualTo(september));
            Assert.That(ExplanationMatcher.For(Finding, October, "changed", [september]), Is.Null);
        });
    }

    [Test]
    public void ExplanationWithoutCarryForward_ExplainsOnlyItsPeriod() =>
        Assert.That(ExplanationMatcher.For(Finding, October, "same", [Explain(ReportingPeriod.Parse("202609"), carryForward: false, digest: "same")]), Is.Null);

    [Test]
    public void ExplanationOfTheSamePeriod_Explains_EvenAfterTheValuesChanged() =>
        Assert.That(ExplanationMatcher.For(Finding, October, "changed", [Explain(October, carryForward: false, digest: "same")]), Is.Not.Null);

    private static Explanation Explain(ReportingPeriod period, bool carryForward, string digest) =>
        new("e1", period, Finding.Rule, Finding.Key, "已追加授信", carryForward, digest, "ops1", DateTimeOffset.UnixEpoch);
}
