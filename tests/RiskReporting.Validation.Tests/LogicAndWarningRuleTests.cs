using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Tests;

/// <summary>LJX-004 … LJX-010 and TS-DQ-001 … TS-DQ-009: a case that breaks each, and one at its boundary that passes.</summary>
public sealed class LogicAndWarningRuleTests
{
    private static readonly ReportRecord LegalRepresentative = Records.Person();

    [Test]
    public void Ljx004_ShareholderRatiosAbove100_FireOnTheCustomer_Exactly100Passes()
    {
        Assert.That(Check.Run(Records.Snapshot(Records.Customer(), LegalRepresentative).WithFacts("C1", new CustomerFacts(100.0001m, 1, null))).Fired("LJX-004"), Is.EqualTo(new[] { "B3P1|C1|SHARE_RATIO" }));
        Assert.That(Check.Run(Records.Snapshot(Records.Customer(), LegalRepresentative).WithFacts("C1", new CustomerFacts(100.0000m, 1, null))).Fired("LJX-004"), Is.Empty);
    }

    [Test]
    public void Ljx005_TwoStructureDates_Fire()
    {
        Assert.That(Check.Run(Records.Snapshot(Records.Customer(), LegalRepresentative).WithFacts("C1", new CustomerFacts(60m, 2, null))).Fired("LJX-005"), Is.EqualTo(new[] { "B3P1|C1|STRUCTURE_DATE" }));
        Assert.That(Check.Run(Records.Snapshot(Records.Customer(), LegalRepresentative).WithFacts("C1", new CustomerFacts(60m, 1, null))).Fired("LJX-005"), Is.Empty);
    }

    [Test]
    public void Ljx006_NoLegalRepresentativeOrTwo_Fires_ExactlyOnePasses()
    {
        Assert.That(Check.Run(Records.Customer()).Fired("LJX-006"), Is.EqualTo(new[] { "B3P1|C1|" }));
        Assert.That(Check.Run(Records.Customer(), LegalRepresentative, Records.Person(("PERSON_NAME", "王五"))).Fired("LJX-006"), Is.EqualTo(new[] { "B3P1|C1|" }));
        Assert.That(Check.Run(Records.Customer(), LegalRepresentative, Records.Person(("RELATION_TYPE", "2"), ("PERSON_NAME", "王五"))).Fired("LJX-006"), Is.Empty);
    }

    [Test]
    public void Ljx007_GroupWithoutCoreMemberOrParent_Fires_SupplyChainNeedsACoreMember()
    {
        var ordinary = Records.Member(("MEMBER_TYPE", "2"), ("PARENT_FLAG", "2"));
        Assert.That(Check.Run(Records.Group(), ordinary).Fired("LJX-007"), Is.EqualTo(new[] { "B2P1|G1|" }));
        Assert.That(Check.Run(Records.Group(), Records.Member(), Records.Member(("MEMBER_CODE", "C2"))).Fired("LJX-007"), Is.EqualTo(new[] { "B2P1|G1|" }), "two parents");
        Assert.That(Check.Run(Records.Group(), Records.Member()).Fired("LJX-007"), Is.Empty);
        Assert.That(Check.Run(Records.Group(("CREDIT_TYPE", "2")), Records.Member(("PARENT_FLAG", ""))).Fired("LJX-007"), Is.Empty);
        Assert.That(Check.Run(Records.Group(("CREDIT_TYPE", "2")), Records.Member(("MEMBER_TYPE", "2"), ("PARENT_FLAG", ""))).Fired("LJX-007"), Is.EqualTo(new[] { "B2P1|G1|" }));
    }

    [Test]
    public void Ljx008_GroupLineUsedWithoutASplit_FiresPerDifferingField()
    {
        var line = Records.Line(("CUST_TYPE", "1"), ("CUST_CODE", "G1"), ("CREDIT_NO", "GL1"), ("LOAN_BAL", "800.00"), ("USED_TOTAL", "800.00"), ("AVAILABLE", "5200.00"));
        Assert.That(Check.Run(line, Records.Split(("LOAN_BAL", "500.00"), ("USED_TOTAL", "500.00"))).Fired("LJX-008"), Is.EqualTo(new[] { "B1P1|1|G1|GL1|LOAN_BAL" }));
        Assert.That(Check.Run(line, Records.Split(("LOAN_BAL", "800.00"), ("USED_TOTAL", "800.00"))).Fired("LJX-008"), Is.Empty);
    }

    [TestCase("1", "20250630", true)]
    [TestCase("1", "20251231", false)]
    [TestCase("2", "20250630", false)]
    [TestCase("2", "20250331", true)]
    [TestCase("3", "20250930", false)]
    [TestCase("3", "20250831", true)]
    [TestCase("4", "20250831", false)]
    [TestCase("4", "20250830", true)]
    public void Ljx009_StatementDateMustFitItsType(string type, string date, bool fires) =>
        Assert.That(Check.Run(Records.Customer(("FS_TYPE", type), ("FS_DATE", date))).Fired("LJX-009"), fires ? Is.EqualTo(new[] { "B3P1|C1|FS_DATE" }) : Is.Empty);

    [Test]
    public void Ljx010_BorrowersOwnGuaranteeMarkedThirdParty_Fires_AndAnothersMarkedOwn()
    {
        var own = Records.Guarantee(("GUARANTOR_ID_TYPE", "1"), ("GUARANTOR_ID_NO", Records.Uscc), ("THIRD_PARTY", "1"));
        Assert.That(Check.Run(Records.Customer(), LegalRepresentative, own).Fired("LJX-010"), Is.EqualTo(new[] { "B4|HT1|DB1|THIRD_PARTY" }));
        Assert.That(Check.Run(Records.Customer(), LegalRepresentative, Records.Guarantee(("THIRD_PARTY", "2"))).Fired("LJX-010"), Is.EqualTo(new[] { "B4|HT1|DB1|THIRD_PARTY" }));
        Assert.That(Check.Run(Records.Customer(), LegalRepresentative, Records.Guarantee()).Fired("LJX-010"), Is.Empty);
    }

    [Test]
    public void TsDq001_LoanAbove1000000Wan_Warns()
    {
        Assert.That(Check.Run(Records.Loan(("ISSUE_AMT", "2000000.00"), ("LOAN_BAL", "1000000.01"))).Fired("TS-DQ-001"), Is.EqualTo(new[] { "B1P3|R1|LOAN_BAL" }));
        Assert.That(Check.Run(Records.Loan(("ISSUE_AMT", "2000000.00"), ("LOAN_BAL", "1000000.00"))).Fired("TS-DQ-001"), Is.Empty);
    }

    [Test]
    public void TsDq002_LimitsOfOneHolderAbove10000000Wan_Warn()
    {
        var lines = new[] { Records.Line(("CREDIT_LIMIT", "6000000.00"), ("AVAILABLE", "5999200.00")), Records.Line(("CREDIT_NO", "L2"), ("CREDIT_LIMIT", "4000000.01"), ("AVAILABLE", "3999200.01")) };
        Assert.That(Check.Run(lines).Fired("TS-DQ-002"), Is.EqualTo(new[] { "B3P1|C1|CREDIT_LIMIT" }));
        Assert.That(Check.Run(lines[0], Records.Line(("CREDIT_NO", "L2"), ("CREDIT_LIMIT", "4000000.00"), ("AVAILABLE", "3999200.00"))).Fired("TS-DQ-002"), Is.Empty);
    }

    [Test]
    public void TsDq003_SmallFirmWithAssetsAbove500000Wan_Warns_LargeFirmDoesNot()
    {
        Assert.That(Check.Run(Records.Customer(("CUST_CLASS", "A3"), ("TOTAL_ASSETS", "500000.01"))).Fired("TS-DQ-003"), Is.EqualTo(new[] { "B3P1|C1|TOTAL_ASSETS" }));
        Assert.That(Check.Run(Records.Customer(("CUST_CLASS", "A1"), ("TOTAL_ASSETS", "900000.00"))).Fired("TS-DQ-003"), Is.Empty);
    }

    [Test]
    public void TsDq004_LiabilitiesAboveAssets_Warns_EqualPasses()
    {
        Assert.That(Check.Run(Records.Customer(("TOTAL_LIAB", "100000.01"))).Fired("TS-DQ-004"), Is.EqualTo(new[] { "B3P1|C1|TOTAL_LIAB" }));
        Assert.That(Check.Run(Records.Customer(("TOTAL_LIAB", "100000.00"))).Fired("TS-DQ-004"), Is.Empty);
    }

    [Test]
    public void TsDq005_UsedBeyondTheLine_Warns_WnrsxywRowsHaveNoLimit()
    {
        Assert.That(Check.Run(Records.Line(("USED_TOTAL", "6000.01"), ("LOAN_BAL", "6000.01"), ("AVAILABLE", "0.00"))).Fired("TS-DQ-005"), Is.EqualTo(new[] { "B1P1|2|C1|L1|USED_TOTAL" }));
        Assert.That(Check.Run(Records.Line(("CREDIT_NO", "WNRSXYW"), ("CREDIT_LIMIT", ""), ("START_DATE", ""), ("END_DATE", ""), ("AVAILABLE", ""))).Fired("TS-DQ-005"), Is.Empty);
    }

    [Test]
    public void TsDq006_LargeBorrowerWithAStatementOlderThan18Months_Warns()
    {
        Assert.That(Check.Run(Records.Customer(("CUST_CLASS", "A1"), ("FS_DATE", "20250331"), ("FS_TYPE", "3")), LegalRepresentative, Records.Loan()).Fired("TS-DQ-006"), Is.EqualTo(new[] { "B3P1|C1|FS_DATE" }));
        Assert.That(Check.Run(Records.Customer(("CUST_CLASS", "A1"), ("FS_DATE", "20250430"), ("FS_TYPE", "4")), LegalRepresentative, Records.Loan()).Fired("TS-DQ-006"), Is.Empty);
        Assert.That(Check.Run(Records.Customer(("CUST_CLASS", "A1"), ("FS_DATE", ""), ("FS_TYPE", "")), LegalRepresentative).Fired("TS-DQ-006"), Is.Empty, "no loans");
    }

    [Test]
    public void TsDq007_ArrearsOnANormalLoan_Warn()
    {
        Assert.That(Check.Run(Records.Loan(("OVERDUE_DAYS", "1"))).Fired("TS-DQ-007"), Is.EqualTo(new[] { "B1P3|R1|FIVE_CLASS" }));
        Assert.That(Check.Run(Records.Loan(("OVERDUE_DAYS", "1"), ("FIVE_CLASS", "2"))).Fired("TS-DQ-007"), Is.Empty);
    }

    [Test]
    public void TsDq008_GroupOfOneMember_Warns()
    {
        Assert.That(Check.Run(Records.Group(("MEMBER_COUNT", "1")), Records.Member()).Fired("TS-DQ-008"), Is.EqualTo(new[] { "B2P1|G1|MEMBER_COUNT" }));
        Assert.That(Check.Run(Records.Group(), Records.Member()).Fired("TS-DQ-008"), Is.Empty);
    }

    [Test]
    public void TsDq009_ClosedOnOrBeforeDWithExposure_Warns_ClosedAfterDDoesNot()
    {
        var snapshot = Records.Snapshot(Records.Customer(), LegalRepresentative, Records.Loan());
        Assert.That(Check.Run(snapshot.WithFacts("C1", new CustomerFacts(60m, 1, new DateOnly(2026, 10, 31)))).Fired("TS-DQ-009"), Is.EqualTo(new[] { "B3P1|C1|" }));
        Assert.That(Check.Run(snapshot.WithFacts("C1", new CustomerFacts(60m, 1, new DateOnly(2026, 11, 1)))).Fired("TS-DQ-009"), Is.Empty);
    }
}
