using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;

namespace RiskReporting.Core.Tests.Snapshots;

/// <summary>Overrides keep report-tables.md's derivations true: derived fields of the record and the line balances that sum a detail amount follow.</summary>
public sealed class OverrideDerivationTests
{
    //                                                          type  code  name   country bank                 credit limit     start       end         loan    bond   equity offbal used    avail   related
    private static readonly ReportRecord Line = new(ReportParts.B1P1, ["2", "C1", "甲公司", "CHN", "B0001B11000000001", "L1", "1000.00", "20260101", "20271231", "600.00", "0.00", "0.00", "0.00", "600.00", "400.00", "2"]);
    private static readonly ReportRecord GroupLine = new(ReportParts.B1P1, ["1", "G1", "甲集团", "CHN", "B0001B11000000001", "GL1", "2000.00", "20260101", "20271231", "300.00", "0.00", "0.00", "0.00", "300.00", "1700.00", "2"]);
    private static readonly ReportRecord Split = new(ReportParts.B1P2, ["G1", "GL1", "C1", "甲公司", "500.00", "300.00", "0.00", "0.00", "0.00", "300.00", "200.00"]);
    private static readonly ReportRecord Member = new(ReportParts.B2P3, ["G1", "C1", "甲公司", "CHN", "911100000000000001", "2", "2"]);
    private static readonly ReportRecord OwnLoan = Loan("R1", "L1", "600.00");
    private static readonly ReportRecord GroupLoan = Loan("R2", "GL1", "300.00");

    [Test]
    public void LoanBalanceOverride_IsSummedAgainIntoTheOwnLine_WithUsedTotalAndAvailable()
    {
        var reported = Apply(Set("B1P3", "R1", "LOAN_BAL", "1200.00"));

        var line = reported["B1P1"].Single(r => r.Key == Line.Key);
        Assert.That(new[] { line["LOAN_BAL"], line["USED_TOTAL"], line["AVAILABLE"] }, Is.EqualTo(new[] { "1200.00", "1200.00", "0.00" }));
    }

    [Test]
    public void LoanBalanceOverrideOfAMember_MovesItsGroupLineAndItsSplit_NotItsOwnLine()
    {
        var reported = Apply(Set("B1P3", "R2", "LOAN_BAL", "350.50"));

        Assert.Multiple(() =>
        {
            Assert.That(reported["B1P1"].Single(r => r.Key == GroupLine.Key).Values[9..15], Is.EqualTo(new[] { "350.50", "0.00", "0.00", "0.00", "350.50", "1649.50" }));
            Assert.That(reported["B1P2"].Single().Values[5..], Is.EqualTo(new[] { "350.50", "0.00", "0.00", "0.00", "350.50", "149.50" }));
            Assert.That(reported["B1P1"].Single(r => r.Key == Line.Key), Is.SameAs(Line));
        });
    }

    [Test]
    public void CreditLimitOverride_IsDerivedIntoAvailable()
    {
        var reported = Apply(Set("B1P1", Line.Key, "CREDIT_LIMIT", "100.00"));

        Assert.That(reported["B1P1"].Single(r => r.Key == Line.Key)["AVAILABLE"], Is.EqualTo("0.00"));
    }

    [Test]
    public void AStoredOverrideOfADerivedField_IsNotApplied_AndIsReportedBack()
    {
        var adjustment = Set("B1P1", Line.Key, "AVAILABLE", "999.00");

        var (reported, applied, unmatched) = OverrideApplication.Apply(Records(), [adjustment]);

        Assert.Multiple(() =>
        {
            Assert.That(reported["B1P1"].Single(r => r.Key == Line.Key)["AVAILABLE"], Is.EqualTo("400.00"));
            Assert.That(applied, Is.Empty);
            Assert.That(unmatched, Is.EqualTo(new[] { adjustment }));
        });
    }

    private static ReportRecords Records() => ReportRecords.Of([Line, GroupLine, Split, Member, OwnLoan, GroupLoan]);

    private static ReportRecords Apply(Override adjustment) => OverrideApplication.Apply(Records(), [adjustment]).Records;

    private static ReportRecord Loan(string receipt, string credit, string balance) => new(ReportParts.B1P3,
        ["C1", "甲公司", "B0001B11000000001", credit, "HT-" + receipt, receipt, "20260115", "20280115", "CNY", balance, balance, "1", "1", "4", "C3011", "0.00", "0", "0.00", ""]);

    private static Override Set(string part, string key, string field, string value) =>
        new("o-" + field, ReportingPeriod.Parse("202610"), part, key, field, value, "reason", "ops1", DateTimeOffset.UnixEpoch, null, null);
}
