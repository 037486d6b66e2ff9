using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Tests;

/// <summary>TS-KQ-001 … TS-KQ-004, TJ-KQ-001 and TJ-KQ-002 against last month's approved records.</summary>
public sealed class CrossPeriodRuleTests
{
    [Test]
    public void WithoutAPreviousBatch_CrossPeriodRulesDoNotRun()
    {
        var findings = Check.Run(Records.Loan(("FIVE_CLASS", "1")));
        Assert.That(findings.Where(f => f.Rule.StartsWith("TS-KQ", StringComparison.Ordinal) || f.Rule.StartsWith("TJ-KQ", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void TsKq001_IndustryOfALoanChanged_WarnsNamingTheField()
    {
        Assert.That(Run([Records.Loan(("INDUSTRY", "K7010"))], [Records.Loan()]).Fired("TS-KQ-001"), Is.EqualTo(new[] { "B1P3|R1|INDUSTRY" }));
        Assert.That(Run([Records.Loan(("LOAN_BAL", "700.00"))], [Records.Loan()]).Fired("TS-KQ-001"), Is.Empty, "a balance is expected to move");
    }

    [Test]
    public void TsKq002_ClassImprovedByTwoGrades_Warns_ByOneDoesNot()
    {
        Assert.That(Run([Records.Loan(("FIVE_CLASS", "2"))], [Records.Loan(("FIVE_CLASS", "4"))]).Fired("TS-KQ-002"), Is.EqualTo(new[] { "B1P3|R1|FIVE_CLASS" }));
        Assert.That(Run([Records.Loan(("FIVE_CLASS", "3"))], [Records.Loan(("FIVE_CLASS", "4"))]).Fired("TS-KQ-002"), Is.Empty);
    }

    [Test]
    public void TsKq003_UsedTotalJumpedByMoreThanHalfAndMoreThan5000_Warns()
    {
        var before = Records.Line(("USED_TOTAL", "5000.00"), ("LOAN_BAL", "5000.00"));
        Assert.That(Run([Records.Line(("USED_TOTAL", "10000.01"), ("LOAN_BAL", "10000.01"), ("CREDIT_LIMIT", "20000.00"))], [before]).Fired("TS-KQ-003"), Is.EqualTo(new[] { "B3P1|C1|USED_TOTAL" }));
        Assert.That(Run([Records.Line(("USED_TOTAL", "10000.00"), ("LOAN_BAL", "10000.00"), ("CREDIT_LIMIT", "20000.00"))], [before]).Fired("TS-KQ-003"), Is.Empty, "exactly 5,000.00 more is not more than 5,000.00");
    }

    [Test]
    public void TsKq004_LastMonthsLargeExposureMissingNow_Warns()
    {
        var before = new[] { Records.Customer(), Records.Line(("USED_TOTAL", "5000.00"), ("LOAN_BAL", "5000.00")) };
        Assert.That(Run([], before).Fired("TS-KQ-004"), Is.EqualTo(new[] { "B3P1|C1|" }));
        var smaller = new[] { Records.Customer(), Records.Line(("USED_TOTAL", "4999.99"), ("LOAN_BAL", "4999.99")) };
        Assert.That(Run([], smaller).Fired("TS-KQ-004"), Is.Empty);
    }

    [Test]
    public void TjKq001_And002_MoveOfMoreThanTenPercent_Warn()
    {
        var tenBefore = Enumerable.Range(1, 10).Select(i => Records.Customer(("CUST_CODE", "C" + i))).ToArray();
        var elevenNow = Enumerable.Range(1, 11).Select(i => Records.Customer(("CUST_CODE", "C" + i))).ToArray();
        var twelveNow = Enumerable.Range(1, 12).Select(i => Records.Customer(("CUST_CODE", "C" + i))).ToArray();
        Assert.That(Run(elevenNow, tenBefore).Fired("TJ-KQ-001"), Is.Empty, "exactly 10 % is not more than 10 %");
        Assert.That(Run(twelveNow, tenBefore).Fired("TJ-KQ-001"), Is.EqualTo(new[] { "B3P1||" }));
        Assert.That(Run([Records.Loan(("LOAN_BAL", "880.01"))], [Records.Loan()]).Fired("TJ-KQ-002"), Is.EqualTo(new[] { "B1P3||" }));
        Assert.That(Run([Records.Loan(("LOAN_BAL", "880.00"))], [Records.Loan()]).Fired("TJ-KQ-002"), Is.Empty);
    }

    private static IReadOnlyList<Findings.Finding> Run(ReportRecord[] now, ReportRecord[] before)
    {
        var previous = ReportRecords.Of(before);
        return new SnapshotValidator(Check.Catalogue, new ValidationOptions()).Validate(Records.Snapshot(now), previous);
    }
}
