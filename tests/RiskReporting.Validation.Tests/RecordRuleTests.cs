namespace RiskReporting.Validation.Tests;

/// <summary>Each record rule of rules.md: a record that breaks it, and one at the boundary that passes.</summary>
public sealed class RecordRuleTests
{
    [Test]
    public void Jbl001_FiveClassEmptyWithABalance_Fires_ButNotWithZeroBalanceAndArrears()
    {
        Assert.That(Check.Run(Records.Loan(("FIVE_CLASS", ""))).Fired("JBL-001"), Is.EqualTo(new[] { "B1P3|R1|FIVE_CLASS" }));
        Assert.That(Check.Run(Records.Loan(("FIVE_CLASS", ""), ("LOAN_BAL", "0.00"), ("OVERDUE_PRIN", "1.00"))).Fired("JBL-001"), Is.Empty);
    }

    [Test]
    public void Jbl001_GuaranteeModeIsOptionalOnlyForDiscounts()
    {
        Assert.That(Check.Run(Records.Loan(("GUAR_MODE", ""))).Fired("JBL-001"), Is.EqualTo(new[] { "B1P3|R1|GUAR_MODE" }));
        Assert.That(Check.Run(Records.Loan(("GUAR_MODE", ""), ("LOAN_TYPE", "2"))).Fired("JBL-001"), Is.Empty);
    }

    [Test]
    public void Jbl001_DomesticCustomerWithoutUscc_Fires_OverseasDoesNot()
    {
        Assert.That(Check.Run(Records.Customer(("USCC", ""), ("ORG_CODE", ""))).Fired("JBL-001"), Is.EqualTo(new[] { "B3P1|C1|USCC" }));
        Assert.That(Check.Run(Records.Customer(("USCC", ""), ("ORG_CODE", ""), ("COUNTRY", "HKG"), ("REGION_CODE", ""), ("CUST_NAME", "*********"))).Fired("JBL-001"), Is.Empty);
    }

    [Test]
    public void Jbl001_FiCodeIsMandatoryForCategories1To21And26Only()
    {
        Assert.That(Check.Run(Records.Interbank(("FI_CODE", ""), ("FI_CATEGORY", "26"))).Fired("JBL-001"), Is.EqualTo(new[] { "B1P7|TY1|FI_CODE" }));
        Assert.That(Check.Run(Records.Interbank(("FI_CODE", ""), ("FI_CATEGORY", "22"))).Fired("JBL-001"), Is.Empty);
    }

    [Test]
    public void Jbl002_NameOf201Gb18030Bytes_Fires_200BytesPasses()
    {
        var at200 = new string('华', 100);
        Assert.That(Check.Run(Records.Customer(("CUST_NAME", at200 + "A"))).Fired("JBL-002"), Is.EqualTo(new[] { "B3P1|C1|CUST_NAME" }));
        Assert.That(Check.Run(Records.Customer(("CUST_NAME", at200))).Fired("JBL-002"), Is.Empty);
    }

    [Test]
    public void Jbl002_FixedLengthFieldOfAnotherLength_Fires()
    {
        Assert.That(Check.Run(Records.Interbank(("FI_CODE", "L7841K9736445397"))).Fired("JBL-002"), Is.EqualTo(new[] { "B1P7|TY1|FI_CODE" }));
        Assert.That(Check.Run(Records.Interbank()).Fired("JBL-002"), Is.Empty);
    }

    [Test]
    public void Jbl003_CodeOutsideItsList_Fires()
    {
        Assert.That(Check.Run(Records.Loan(("LOAN_TYPE", "9"))).Fired("JBL-003"), Is.EqualTo(new[] { "B1P3|R1|LOAN_TYPE" }));
        Assert.That(Check.Run(Records.Loan(("LOAN_TYPE", "6"))).Fired("JBL-003"), Is.Empty);
    }

    [Test]
    public void Jbl003_WarnSignalsMustAllBeKnownCodes()
    {
        Assert.That(Check.Run(Records.Customer(("WARN_SIGNALS", "A01;Z99"))).Fired("JBL-003"), Is.EqualTo(new[] { "B3P1|C1|WARN_SIGNALS" }));
        Assert.That(Check.Run(Records.Customer(("WARN_SIGNALS", "A01;G02"))).Fired("JBL-003"), Is.Empty);
    }

    [Test]
    public void Jbl004_UsccWithAWrongCheckCharacter_Fires()
    {
        Assert.That(Check.Run(Records.Customer(("USCC", "91140000786956812Y"))).Fired("JBL-004"), Is.EqualTo(new[] { "B3P1|C1|USCC" }));
        Assert.That(Check.Run(Records.Customer()).Fired("JBL-004"), Is.Empty);
    }

    [Test]
    public void Jbl004_GuarantorIdOfType1With18Characters_IsCheckedAsAUscc()
    {
        Assert.That(Check.Run(Records.Guarantee(("GUARANTOR_ID_TYPE", "1"), ("GUARANTOR_ID_NO", "91140000786956812Y"))).Fired("JBL-004"), Is.EqualTo(new[] { "B4|HT1|DB1|GUARANTOR_ID_NO" }));
        Assert.That(Check.Run(Records.Guarantee(("GUARANTOR_ID_TYPE", "1"), ("GUARANTOR_ID_NO", "786956812"))).Fired("JBL-004"), Is.Empty, "a 9-character organisation code is not a USCC");
    }

    [Test]
    public void Jbl005_ResidentIdWithAWrongCheckDigit_Fires()
    {
        Assert.That(Check.Run(Records.Person(("ID_NO", "110101196802158359"))).Fired("JBL-005"), Is.EqualTo(new[] { "B3P2|C1|1|张三|ID_NO" }));
        Assert.That(Check.Run(Records.Person()).Fired("JBL-005"), Is.Empty);
    }

    [Test]
    public void Jbl006_BankCodeThatIsNoBranchs_Fires()
    {
        Assert.That(Check.Run(Records.Loan(("BANK_CODE", "B0001B11000000099"))).Fired("JBL-006"), Is.EqualTo(new[] { "B1P3|R1|BANK_CODE" }));
        Assert.That(Check.Run(Records.Loan(("BANK_CODE", "b0001B11000000001"))).Fired("JBL-006"), Is.EqualTo(new[] { "B1P3|R1|BANK_CODE" }));
        Assert.That(Check.Run(Records.Loan()).Fired("JBL-006"), Is.Empty);
    }

    [Test]
    public void Jbl007_IssueDateAfterD_Fires_OnDPasses()
    {
        Assert.That(Check.Run(Records.Loan(("ISSUE_DATE", "20261101"))).Fired("JBL-007"), Is.EqualTo(new[] { "B1P3|R1|ISSUE_DATE" }));
        Assert.That(Check.Run(Records.Loan(("ISSUE_DATE", "20261031"))).Fired("JBL-007"), Is.Empty);
    }

    [Test]
    public void Jbl008_NegativeAmountOrZeroIssueAmount_Fires()
    {
        Assert.That(Check.Run(Records.Loan(("OVERDUE_INT", "-0.01"))).Fired("JBL-008"), Is.EqualTo(new[] { "B1P3|R1|OVERDUE_INT" }));
        Assert.That(Check.Run(Records.Loan(("ISSUE_AMT", "0.00"), ("LOAN_BAL", "0.00"), ("OVERDUE_PRIN", "0.01"))).Fired("JBL-008"), Is.EqualTo(new[] { "B1P3|R1|ISSUE_AMT" }));
        Assert.That(Check.Run(Records.Loan(("ISSUE_AMT", "0.01"), ("LOAN_BAL", "0.01"))).Fired("JBL-008"), Is.Empty);
    }

    [Test]
    public void Jbl009_DomesticNameWithASymbolOrOneCharacter_Fires_MaskedAndGroupNamesDoNot()
    {
        Assert.That(Check.Run(Records.Customer(("CUST_NAME", "北京☆有限公司"))).Fired("JBL-009"), Is.EqualTo(new[] { "B3P1|C1|CUST_NAME" }));
        Assert.That(Check.Run(Records.Customer(("CUST_NAME", "京"))).Fired("JBL-009"), Is.EqualTo(new[] { "B3P1|C1|CUST_NAME" }));
        Assert.That(Check.Run(Records.Customer(("CUST_NAME", "北京（华夏）A&B 《有限》公司-1,2'.")), Records.Line(("CUST_TYPE", "1"), ("CUST_NAME", "集团☆"))).Fired("JBL-009"), Is.Empty);
    }

    [Test]
    public void Jbl010_IdTypeTwelveWithANumber_Fires_AndAnyOtherTypeWithout()
    {
        Assert.That(Check.Run(Records.Person(("ID_TYPE", "12"))).Fired("JBL-010"), Is.EqualTo(new[] { "B3P2|C1|1|张三|ID_NO" }));
        Assert.That(Check.Run(Records.Person(("ID_TYPE", "4"), ("ID_NO", ""))).Fired("JBL-010"), Is.EqualTo(new[] { "B3P2|C1|1|张三|ID_NO" }));
        Assert.That(Check.Run(Records.Person(("ID_TYPE", "12"), ("ID_NO", ""))).Fired("JBL-010"), Is.Empty);
    }

    [Test]
    public void Ljx001_MaturityBeforeIssue_Fires_SameDayPasses()
    {
        Assert.That(Check.Run(Records.Loan(("MATURITY_DATE", "20260114"))).Fired("LJX-001"), Is.EqualTo(new[] { "B1P3|R1|MATURITY_DATE" }));
        Assert.That(Check.Run(Records.Loan(("MATURITY_DATE", "20260115"))).Fired("LJX-001"), Is.Empty);
    }

    [Test]
    public void Ljx002_BalanceAboveIssueAmount_Fires_EqualPasses()
    {
        Assert.That(Check.Run(Records.Loan(("LOAN_BAL", "1000.01"))).Fired("LJX-002"), Is.EqualTo(new[] { "B1P3|R1|LOAN_BAL" }));
        Assert.That(Check.Run(Records.Loan(("LOAN_BAL", "1000.00"))).Fired("LJX-002"), Is.Empty);
    }

    [Test]
    public void Ljx003_LoanOverdueMoreThan90Days_MustNotBeClassifiedNormalOrSpecialMention()
    {
        Assert.That(Check.Run(Records.Loan(("OVERDUE_DAYS", "91"), ("FIVE_CLASS", "2"))).Fired("LJX-003"), Is.EqualTo(new[] { "B1P3|R1|FIVE_CLASS" }));
        Assert.That(Check.Run(Records.Loan(("OVERDUE_DAYS", "90"), ("FIVE_CLASS", "2"))).Fired("LJX-003"), Is.Empty);
        Assert.That(Check.Run(Records.Loan(("OVERDUE_DAYS", "91"), ("FIVE_CLASS", "3"))).Fired("LJX-003"), Is.Empty);
    }
}
