namespace RiskReporting.Validation.Tests;

/// <summary>Rules across records (uniqueness, completeness, the general ledger) as rules.md states them.</summary>
public sealed class SetRuleTests
{
    [Test]
    public void Wyx001_OneUsccOfTwoCustomers_FiresOnEachOfThem()
    {
        Assert.That(Check.Run(Records.Customer(), Records.Customer(("CUST_CODE", "C2"))).Fired("WYX-001"), Is.EqualTo(new[] { "B3P1|C1|USCC", "B3P1|C2|USCC" }));
        Assert.That(Check.Run(Records.Customer(), Records.Customer(("CUST_CODE", "C2"), ("USCC", ""), ("ORG_CODE", ""), ("COUNTRY", "HKG"), ("REGION_CODE", ""))).Fired("WYX-001"), Is.Empty);
    }

    [Test]
    public void Wyx002_OneFiCodeOfTwoInstitutions_FiresOnEach()
    {
        Assert.That(Check.Run(Records.Interbank(), Records.Interbank(("CUST_CODE", "TY2"))).Fired("WYX-002"), Is.EqualTo(new[] { "B1P7|TY1|FI_CODE", "B1P7|TY2|FI_CODE" }));
        Assert.That(Check.Run(Records.Interbank(), Records.Interbank(("CUST_CODE", "TY2"), ("FI_CODE", "L7841K97364453974"))).Fired("WYX-002"), Is.Empty);
    }

    [Test]
    public void Wyx003_OneContractOfTwoBorrowersAcrossLoans_FiresOnEach_OneBorrowersTwoLoansDoNot()
    {
        Assert.That(Check.Run(Records.Loan(), Records.Loan(("RECEIPT_NO", "R2"), ("CUST_CODE", "C2"))).Fired("WYX-003"), Is.EqualTo(new[] { "B1P3|R1|CONTRACT_NO", "B1P3|R2|CONTRACT_NO" }));
        Assert.That(Check.Run(Records.Loan(), Records.Loan(("RECEIPT_NO", "R2"))).Fired("WYX-003"), Is.Empty);
    }

    [Test]
    public void Wyx004_TwoRecordsWithOneKey_FireOnceOnTheKey()
    {
        Assert.That(Check.Run(Records.Member(), Records.Member()).Fired("WYX-004"), Is.EqualTo(new[] { "B2P3|G1|C1|" }));
        Assert.That(Check.Run(Records.Member(), Records.Member(("MEMBER_CODE", "C2"))).Fired("WYX-004"), Is.Empty);
    }

    [Test]
    public void Wzx001_LoanUnderALineNotInB1P1_Fires_WnrsxywDoesNot()
    {
        Assert.That(Check.Run(Records.Loan(("CREDIT_NO", "EXPIRED"))).Fired("WZX-001"), Is.EqualTo(new[] { "B1P3|R1|CREDIT_NO" }));
        Assert.That(Check.Run(Records.Loan(("CREDIT_NO", "WNRSXYW")), Records.Loan(("RECEIPT_NO", "R2")), Records.Line()).Fired("WZX-001"), Is.Empty);
    }

    [Test]
    public void Wzx002_LoanUnderAnotherCustomersLine_Fires_UnderItsGroupsLineDoesNot()
    {
        Assert.That(Check.Run(Records.Loan(("CUST_CODE", "C2")), Records.Line()).Fired("WZX-002"), Is.EqualTo(new[] { "B1P3|R1|CREDIT_NO" }));
        var groupLine = Records.Line(("CUST_TYPE", "1"), ("CUST_CODE", "G1"), ("CREDIT_NO", "GL1"));
        Assert.That(Check.Run(Records.Loan(("CREDIT_NO", "GL1")), groupLine, Records.Member()).Fired("WZX-002"), Is.Empty);
        Assert.That(Check.Run(Records.Loan(("CREDIT_NO", "GL1"), ("CUST_CODE", "C2")), groupLine, Records.Member()).Fired("WZX-002"), Is.EqualTo(new[] { "B1P3|R1|CREDIT_NO" }));
    }

    [Test]
    public void Wzx003_SplitToANonMember_Fires()
    {
        Assert.That(Check.Run(Records.Split(("MEMBER_CODE", "C2")), Records.Member()).Fired("WZX-003"), Is.EqualTo(new[] { "B1P2|G1|GL1|C2|MEMBER_CODE" }));
        Assert.That(Check.Run(Records.Split(), Records.Member()).Fired("WZX-003"), Is.Empty);
    }

    [TestCase("HN-001", "1301")]
    [TestCase("HN-002", "1302")]
    [TestCase("HN-003", "1303")]
    [TestCase("HN-004", "7001")]
    public void Hn_ItemsAndLedgerDifferByOneCent_Fires_WithinTheTolerancePasses(string rule, string subject)
    {
        var snapshot = Records.Snapshot([], new() { [("100001", subject)] = 100.00m }, new() { [("100001", subject)] = 100.01m });

        Assert.Multiple(() =>
        {
            Assert.That(Check.Run(snapshot).Fired(rule), Is.EqualTo(new[] { "GL|100001|" + subject }));
            Assert.That(Check.Run(snapshot, tolerance: 0.01m).Fired(rule), Is.Empty);
            Assert.That(Check.Run(snapshot).Select(f => f.Rule), Is.EqualTo(new[] { rule }), "one subject, one rule");
        });
    }

    [Test]
    public void Hn003_MissingLedgerRowCountsZero()
    {
        var snapshot = Records.Snapshot([], new() { [("100002", "1303")] = 5.00m }, new());
        Assert.That(Check.Run(snapshot).Fired("HN-003"), Is.EqualTo(new[] { "GL|100002|1303" }));
    }

    [Test]
    public void Wzx004_LedgerRowOfANonFiCounterparty_FiresOnTheDeal_AnFiRowDoesNot()
    {
        var row = new Core.Snapshots.LedgerRow(5, "IB9", "KH1", "某公司", "02", "CNY", 100m, new DateOnly(2026, 1, 1), null, "000001");
        var snapshot = Records.Snapshot(Records.Interbank()) with { NonFiLedgerRows = [row] };

        Assert.Multiple(() =>
        {
            Assert.That(Check.Run(snapshot).Fired("WZX-004"), Is.EqualTo(new[] { "LEDGER|IB9|交易对手客户代码" }));
            Assert.That(Check.Run(Records.Snapshot(Records.Interbank())).Fired("WZX-004"), Is.Empty);
        });
    }

    [Test]
    public void TsDq010_ControlCharacterRemovedDuringExtraction_Warns()
    {
        var customer = Records.Customer(("CUST_NAME", "北京星海贸易有限公司"));
        var snapshot = Records.Snapshot(customer, Records.Person()) with { Cleansings = [new Core.Snapshots.CleansingNote("B3P1", "C1", "CUST_NAME", "北京星海贸易有限公司")] };

        Assert.Multiple(() =>
        {
            Assert.That(Check.Run(snapshot).Fired("TS-DQ-010"), Is.EqualTo(new[] { "B3P1|C1|CUST_NAME" }));
            Assert.That(Check.Run(Records.Snapshot(customer, Records.Person())).Fired("TS-DQ-010"), Is.Empty);
        });
    }
}
