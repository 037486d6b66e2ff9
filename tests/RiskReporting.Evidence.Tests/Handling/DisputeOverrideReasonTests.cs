using RiskReporting.Evidence.Handling;

namespace RiskReporting.Evidence.Tests.Handling;

/// <summary>The override an approved RESULT 2 answer becomes says so in Chinese, and is recognised in today's wording and in the one stored before it.</summary>
public sealed class DisputeOverrideReasonTests
{
    [Test]
    public void TheReason_NamesTheNoticeItemAndChangeDate_InChineseWithTheEnglishTerm()
    {
        var reason = DisputeOverrideReason.Of("B0001H111000001_YZXFK_20261031_01_01", "D0001", new DateOnly(2026, 11, 5), "客户已更正");

        Assert.Multiple(() =>
        {
            Assert.That(reason, Is.EqualTo("争议答复 (dispute) B0001H111000001_YZXFK_20261031_01_01 D0001（RESULT 2，变更日期 (changed) 20261105）：客户已更正"));
            Assert.That(DisputeOverrideReason.IsOne(reason), Is.True);
        });
    }

    [TestCase("dispute B0001H111000001_YZXFK_20261031_01_01 D0001 (RESULT 2, changed 20261105): fixed", true)]
    [TestCase("客户补充了财务报表", false)]
    [TestCase("disputed by the branch", false)]
    public void AnOverrideStoredBefore_IsStillRecognisedByItsEnglishPrefix(string reason, bool fromDispute) =>
        Assert.That(DisputeOverrideReason.IsOne(reason), Is.EqualTo(fromDispute));
}
