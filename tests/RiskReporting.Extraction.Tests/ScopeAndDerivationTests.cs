using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests;

/// <summary>report-tables.md worked by hand: each expected value below was computed from the spec, not from the engine.</summary>
public sealed class ScopeAndDerivationTests
{
    private TemporaryDirectory _directory = null!;
    private SourceBank _bank = null!;

    [SetUp]
    public void NewBank()
    {
        _directory = new TemporaryDirectory();
        _bank = new SourceBank(_directory.File("source.db"));
    }

    [TearDown]
    public void RemoveBank()
    {
        _bank.Dispose();
        _directory.Dispose();
    }

    [Test]
    public void LimitOfExactly5000Wan_IsInScope_And4999Point99_IsNot()
    {
        _bank.Customer("AT");
        _bank.Line("L-AT", "AT", 50_000_000.00m);
        _bank.Customer("BELOW");
        _bank.Line("L-BELOW", "BELOW", 49_999_900.00m);
        _bank.Customer("ROUNDS-UP");
        _bank.Line("L-UP", "ROUNDS-UP", 49_999_950.00m);

        var snapshot = ScenarioExtraction.Extract(_bank);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Keys("B3P1"), Is.EqualTo(new[] { "AT", "ROUNDS-UP" }));
            Assert.That(snapshot.Record("B1P1", "2|ROUNDS-UP|L-UP")["CREDIT_LIMIT"], Is.EqualTo("5000.00"));
            Assert.That(snapshot.Record("B1P1", "2|AT|L-AT")["AVAILABLE"], Is.EqualTo("5000.00"));
        });
    }

    [Test]
    public void ThresholdZero_TakesEveryCustomerWithAPositiveLimitOrExposure()
    {
        _bank.Customer("SMALL");
        _bank.Line("L-S", "SMALL", 10_000.00m);
        _bank.Customer("NOTHING");

        var snapshot = ScenarioExtraction.Extract(_bank, threshold: 0m);

        Assert.That(snapshot.Keys("B3P1"), Is.EqualTo(new[] { "SMALL" }));
    }

    [Test]
    public void GroupLine_UsedByTwoMembersWithSplits_AndOneWithout()
    {
        _bank.Group("G");
        foreach (var (member, parent) in new[] { ("M1", "1"), ("M2", "2"), ("M3", "2") })
        {
            _bank.Customer(member);
            _bank.Member("G", member, memberType: parent, parentFlag: parent);
        }

        _bank.Line("GL", "G", 100_000_000m, holderKind: "GROUP");
        _bank.Split("GL", "M1", 40_000_000m);
        _bank.Split("GL", "M2", 30_000_000m);
        _bank.Loan("R1", "M1", 10_000_000m, "GL");
        _bank.Loan("R2", "M2", 5_000_000m, "GL");
        _bank.Loan("R3", "M3", 2_000_000m, "GL");

        var snapshot = ScenarioExtraction.Extract(_bank);
        var line = snapshot.Record("B1P1", "1|G|GL");

        Assert.Multiple(() =>
        {
            // The type-1 row sums every active member's use of the line, split or not (1000 + 500 + 200).
            Assert.That(line["LOAN_BAL"], Is.EqualTo("1700.00"));
            Assert.That(line["AVAILABLE"], Is.EqualTo("8300.00"));
            Assert.That(snapshot.Keys("B1P2"), Is.EqualTo(new[] { "G|GL|M1", "G|GL|M2" }));
            Assert.That(snapshot.Record("B1P2", "G|GL|M1")["USED_TOTAL"], Is.EqualTo("1000.00"));
            Assert.That(snapshot.Record("B1P2", "G|GL|M2")["AVAILABLE"], Is.EqualTo("2500.00"));
            Assert.That(snapshot.Keys("B3P1"), Is.EqualTo(new[] { "M1", "M2", "M3" }), "members of an in-scope group are in scope");
            Assert.That(snapshot.Record("B2P1", "G")["MEMBER_COUNT"], Is.EqualTo("3"));
        });
    }

    [Test]
    public void CustomerWithLineAndWnrsxywBusiness_HasOneRowForEach()
    {
        _bank.Customer("C");
        _bank.Line("L", "C", 60_000_000m);
        _bank.Loan("R-LINE", "C", 10_000_000m, "L");
        _bank.Loan("R-NONE", "C", 3_000_000m);

        var snapshot = ScenarioExtraction.Extract(_bank);
        var outside = snapshot.Record("B1P1", "2|C|WNRSXYW");

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Record("B1P1", "2|C|L")["LOAN_BAL"], Is.EqualTo("1000.00"));
            Assert.That(outside["LOAN_BAL"], Is.EqualTo("300.00"));
            Assert.That(new[] { outside["CREDIT_LIMIT"], outside["START_DATE"], outside["END_DATE"], outside["AVAILABLE"] }, Is.All.Empty);
            Assert.That(snapshot.Record("B1P3", "R-NONE")["CREDIT_NO"], Is.EqualTo("WNRSXYW"));
        });
    }

    [Test]
    public void UsdLoan_RoundsHalfUpToYuanCentsThenToWan_InDecimal()
    {
        // 140,908.45 USD × 7.100000 = 1,000,449.995 → 1,000,450.00 yuan → 100.045 → 100.05 万元 (binary floating point gives 100.04).
        _bank.Customer("C");
        _bank.Line("L", "C", 60_000_000m);
        _bank.Rate("USD", 7.100000m, _bank.D.AddDays(-2));
        _bank.Loan("R-USD", "C", 140_908.45m, currency: "USD");

        var loan = ScenarioExtraction.Extract(_bank).Record("B1P3", "R-USD");

        Assert.Multiple(() =>
        {
            Assert.That(loan["LOAN_BAL"], Is.EqualTo("100.05"));
            Assert.That(loan["ISSUE_AMT"], Is.EqualTo("100.05"));
            Assert.That(loan["CURRENCY"], Is.EqualTo("USD"));
        });
    }

    [Test]
    public void ForeignCurrencyWithoutARateInTheLastSevenDays_StopsNamingTheCurrency()
    {
        _bank.Customer("C");
        _bank.Line("L", "C", 60_000_000m);
        _bank.Rate("EUR", 7.8m, _bank.D.AddDays(-7));
        _bank.Loan("R-EUR", "C", 1_000m, currency: "EUR");

        Assert.That(() => ScenarioExtraction.Extract(_bank), Throws.TypeOf<ExtractionException>().With.Message.Contains("EUR"));
    }

    [Test]
    public void OverseasCustomer_IsMaskedEverywhereItsOwnNameStands()
    {
        _bank.Customer("HK", name: "HARBOUR TRADING LIMITED", country: "HKG");
        _bank.Line("L", "HK", 80_000_000m);
        _bank.Loan("R", "HK", 1_000_000m, "L");

        var snapshot = ScenarioExtraction.Extract(_bank);
        var customer = snapshot.Record("B3P1", "HK");

        Assert.Multiple(() =>
        {
            Assert.That(customer["CUST_NAME"], Is.EqualTo("*********"));
            Assert.That(customer["USCC"], Is.Empty);
            Assert.That(customer["ORG_CODE"], Is.Empty);
            Assert.That(customer["INDUSTRY"], Is.EqualTo("99999"));
            Assert.That(customer["COUNTRY"], Is.EqualTo("HKG"));
            Assert.That(snapshot.Record("B1P1", "2|HK|L")["CUST_NAME"], Is.EqualTo("*********"));
            Assert.That(snapshot.Record("B1P3", "R")["CUST_NAME"], Is.EqualTo("*********"));
            Assert.That(snapshot.Record("B1P3", "R")["INDUSTRY"], Is.EqualTo("99999"));
        });
    }

    [Test]
    public void LoanUnderAnExpiredLine_KeepsItsCreditNo_WhichHasNoB1P1Row()
    {
        _bank.Customer("C");
        _bank.Line("OLD", "C", 90_000_000m, end: "2026-10-30");
        _bank.Loan("R", "C", 60_000_000m, "OLD");

        var snapshot = ScenarioExtraction.Extract(_bank);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Record("B1P3", "R")["CREDIT_NO"], Is.EqualTo("OLD"));
            Assert.That(snapshot.Keys("B1P1"), Is.Empty, "an expired line is not reported, and no WNRSXYW row stands for a loan that names a line");
            Assert.That(snapshot.Keys("B3P1"), Is.EqualTo(new[] { "C" }), "in scope by its exposure of 6000.00");
        });
    }

    [Test]
    public void LineEndingOnTheDataDate_IsStillActive()
    {
        _bank.Customer("C");
        _bank.Line("L", "C", 60_000_000m, end: "2026-10-31");

        Assert.That(ScenarioExtraction.Extract(_bank).Keys("B1P1"), Is.EqualTo(new[] { "2|C|L" }));
    }

    [Test]
    public void ClosedCustomerWithExposure_IsStillReported()
    {
        _bank.Customer("C", closedOn: "2026-09-01");
        _bank.Loan("R", "C", 60_000_000m);

        Assert.That(ScenarioExtraction.Extract(_bank).Keys("B3P1"), Is.EqualTo(new[] { "C" }));
    }

    [Test]
    public void NameWithAControlCharacter_IsCleansedAndNoted()
    {
        _bank.Customer("C", name: "\u3000北京\u0007星海贸易有限公司 ");
        _bank.Line("L", "C", 60_000_000m);

        var snapshot = ScenarioExtraction.Extract(_bank);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Record("B3P1", "C")["CUST_NAME"], Is.EqualTo("北京星海贸易有限公司"));
            Assert.That(snapshot.Cleansings.Select(n => (n.Part, n.Key, n.Field)), Does.Contain(("B3P1", "C", "CUST_NAME")));
        });
    }

    [Test]
    public void RecordsAreSortedOrdinally_NotByCulture()
    {
        _bank.Customer("a-lower");
        _bank.Line("L1", "a-lower", 60_000_000m);
        _bank.Customer("B-UPPER");
        _bank.Line("L2", "B-UPPER", 60_000_000m);
        _bank.Customer("Z");
        _bank.Line("L3", "Z", 60_000_000m);

        Assert.That(ScenarioExtraction.Extract(_bank).Keys("B3P1"), Is.EqualTo(new[] { "B-UPPER", "Z", "a-lower" }));
    }
}
