using RiskReporting.Core.Amounts;
using RiskReporting.Core.Identifiers;

namespace RiskReporting.DemoBank.Tests;

/// <summary>What a clean generated bank must hold for the validation rules to find nothing wrong.</summary>
public sealed class GeneratedBankInvariantTests
{
    private static readonly DateOnly LastDataDate = new(2026, 10, 31);

    private static SourceDatabase Open() => new(SmallDemoBank.Clean.SourceDatabase);

    [Test]
    public void SmallBank_HasTheSizeTheIssueAsksFor()
    {
        using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That(db.Count("SELECT COUNT(*) FROM customer WHERE cust_kind = 'CORP'"), Is.InRange(1_950, 2_100));
            Assert.That(db.Count("SELECT COUNT(*) FROM loan"), Is.InRange(16_000, 24_000));
            Assert.That(db.Count("SELECT COUNT(*) FROM retail_loan"), Is.EqualTo(50_000));
        });
    }

    [Test]
    public void EveryUscc_OfCustomersShareholdersGuarantorsAndRelatedEnterprises_IsValid()
    {
        using var db = Open();
        var codes = db.Rows("SELECT uscc FROM customer WHERE uscc IS NOT NULL")
            .Concat(db.Rows("SELECT holder_id_no FROM shareholder WHERE holder_id_type = '1'"))
            .Concat(db.Rows("SELECT guarantor_id_no FROM guarantee_contract WHERE guarantor_id_type = '1'"))
            .Concat(db.Rows("SELECT ent_uscc FROM related_enterprise"))
            .Select(r => (string)r[0]!).ToList();

        Assert.That(codes, Has.Count.GreaterThan(5_000));
        Assert.That(codes.Where(c => !Uscc.IsValid(c)), Is.Empty);
    }

    [Test]
    public void EveryCustomerUscc_IsUnique()
    {
        using var db = Open();
        Assert.That(db.Count("SELECT COUNT(*) FROM (SELECT uscc FROM customer WHERE uscc IS NOT NULL GROUP BY uscc HAVING COUNT(*) > 1)"), Is.Zero);
    }

    [Test]
    public void EveryResidentIdNumber_IsValidAndBornBeforeTheDataDate()
    {
        using var db = Open();
        var numbers = db.Rows("SELECT id_no FROM related_person WHERE id_type = '2'")
            .Concat(db.Rows("SELECT holder_id_no FROM shareholder WHERE holder_id_type = '2'"))
            .Concat(db.Rows("SELECT guarantor_id_no FROM guarantee_contract WHERE guarantor_id_type = '2'"))
            .Concat(db.Rows("SELECT id_no FROM retail_loan WHERE id_type = '2'"))
            .Select(r => (string)r[0]!).ToList();

        Assert.That(numbers, Has.Count.GreaterThan(50_000));
        Assert.That(numbers.Where(n => !ResidentIdNumber.IsValid(n, new DateOnly(2026, 9, 30))), Is.Empty);
    }

    [Test]
    public void EveryCustomer_HasExactlyOneLegalRepresentative()
    {
        using var db = Open();
        var counts = db.Rows("SELECT c.cust_code, COUNT(p.person_name) FROM customer c LEFT JOIN related_person p ON p.cust_code = c.cust_code AND p.relation_type = '1' GROUP BY c.cust_code")
            .Select(r => (long)r[1]!).ToList();

        Assert.That(counts, Is.Not.Empty.And.All.EqualTo(1));
    }

    [Test]
    public void ShareholderRatios_SumToAtMostOneHundred_WithOneStructureDatePerCustomer()
    {
        using var db = Open();
        var sums = db.Rows("SELECT cust_code, share_ratio, structure_date FROM shareholder")
            .GroupBy(r => (string)r[0]!)
            .Select(g => (Sum: g.Sum(r => SourceDatabase.Amount(r[1], 4)), Dates: g.Select(r => (string)r[2]!).Distinct().Count()))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(sums, Has.Count.GreaterThan(1_900));
            Assert.That(sums.Select(s => s.Sum), Is.All.InRange(0.0001m, 100.0000m));
            Assert.That(sums.Select(s => s.Dates), Is.All.EqualTo(1));
        });
    }

    [Test]
    public void GeneralLedger_EqualsTheSumOfItemsPerBranchAndSubject_InEveryPeriod()
    {
        using var db = Open();
        foreach (var period in SmallDemoBank.Periods)
        {
            var d = period.DataDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var rates = db.Rows($"SELECT currency, cny_per_unit FROM fx_rate f WHERE rate_date = (SELECT MAX(rate_date) FROM fx_rate g WHERE g.currency = f.currency AND g.rate_date <= '{d}')")
                .ToDictionary(r => (string)r[0]!, r => SourceDatabase.Amount(r[1], 6));
            rates["CNY"] = 1m;
            var items = new Dictionary<(string Branch, string Subject), decimal>();
            void Add(string sql)
            {
                foreach (var r in db.Rows(sql))
                {
                    var key = ((string)r[0]!, (string)r[1]!);
                    items[key] = items.GetValueOrDefault(key) + Money.ToCnyYuan(SourceDatabase.Amount(r[3]), rates[(string)r[2]!]);
                }
            }

            Add($"SELECT l.branch_code, CASE l.loan_type WHEN '2' THEN '1302' ELSE '1301' END, l.currency, m.balance FROM loan l JOIN loan_month_end m ON m.receipt_no = l.receipt_no WHERE m.as_of = '{d}'");
            Add($"SELECT r.branch_code, '1303', r.currency, m.balance FROM retail_loan r JOIN retail_month_end m ON m.receipt_no = r.receipt_no WHERE m.as_of = '{d}'");
            Add($"SELECT o.branch_code, '7001', o.currency, m.balance FROM off_balance o JOIN off_balance_month_end m ON m.biz_no = o.biz_no WHERE m.as_of = '{d}'");
            var ledger = db.Rows($"SELECT branch_code, subject_code, balance_cny FROM gl_balance WHERE as_of = '{d}'")
                .ToDictionary(r => ((string)r[0]!, (string)r[1]!), r => SourceDatabase.Amount(r[2]));

            var differences = items.Keys.Union(ledger.Keys)
                .Where(k => items.GetValueOrDefault(k) != ledger.GetValueOrDefault(k))
                .Select(k => $"{period} {k.Item1}/{k.Item2}: items {items.GetValueOrDefault(k)} ledger {ledger.GetValueOrDefault(k)}");
            Assert.That(differences, Is.Empty);
            Assert.That(ledger, Has.Count.GreaterThan(30));
        }
    }

    [Test]
    public void Customers_StraddleTheDefaultThreshold()
    {
        using var db = Open();
        var limits = db.Rows("SELECT holder_code, SUM(limit_amount) FROM credit_line WHERE holder_kind = 'CUST' AND status = 'ACTIVE' AND currency = 'CNY' GROUP BY holder_code")
            .Select(r => SourceDatabase.Amount(r[1])).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(limits.Count(l => l >= 50_000_000m), Is.GreaterThan(300));
            Assert.That(limits.Count(l => l < 50_000_000m), Is.GreaterThan(300));
            Assert.That(limits, Does.Contain(50_000_000.00m).And.Contains(49_999_949.99m));
        });
    }

    [Test]
    public void Bank_ShowsEveryFeatureTheSpecNames()
    {
        using var db = Open();
        var d = LastDataDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(db.Count("SELECT COUNT(*) FROM customer_group WHERE credit_type = '1'"), Is.GreaterThan(10), "groups");
            Assert.That(db.Count("SELECT COUNT(*) FROM customer_group WHERE credit_type = '2'"), Is.GreaterThan(0), "supply chains");
            Assert.That(db.Count("SELECT COUNT(*) FROM group_member WHERE parent_flag = '1'"), Is.GreaterThan(10), "parents");
            Assert.That(db.Count("SELECT COUNT(*) FROM credit_line_split"), Is.GreaterThan(10), "split group lines");
            Assert.That(db.Count("SELECT COUNT(*) FROM loan WHERE credit_no IS NULL"), Is.GreaterThan(100), "WNRSXYW loans");
            Assert.That(db.Count("SELECT COUNT(*) FROM loan WHERE currency <> 'CNY'"), Is.GreaterThan(10), "foreign-currency loans");
            Assert.That(db.Count("SELECT COUNT(*) FROM customer WHERE country <> 'CHN' AND cust_kind = 'CORP'"), Is.GreaterThan(5), "overseas customers");
            Assert.That(db.Count("SELECT COUNT(*) FROM guarantee_link"), Is.GreaterThan(1_000), "guarantees");
            Assert.That(db.Count($"SELECT COUNT(*) FROM retail_month_end WHERE as_of = '{d}' AND default_days >= 90"), Is.GreaterThan(500), "retail defaults");
            Assert.That(db.Count("SELECT COUNT(*) FROM bond_holding"), Is.GreaterThan(0), "bonds");
            Assert.That(db.Count("SELECT COUNT(*) FROM equity_holding"), Is.GreaterThan(0), "equity");
            Assert.That(db.Count("SELECT COUNT(*) FROM risk_signal WHERE cleared_on IS NULL"), Is.GreaterThan(0), "risk signals");
        });
    }

    [Test]
    public void MonthEndBalances_MovePlausiblyFromOneMonthToTheNext()
    {
        using var db = Open();
        var totals = db.Rows("SELECT as_of, SUM(balance) FROM loan_month_end GROUP BY as_of ORDER BY as_of").Select(r => SourceDatabase.Amount(r[1])).ToList();
        var changed = db.Count("SELECT COUNT(*) FROM loan_month_end a JOIN loan_month_end b ON a.receipt_no = b.receipt_no AND a.as_of = '2026-09-30' AND b.as_of = '2026-10-31' WHERE a.balance <> b.balance");

        Assert.Multiple(() =>
        {
            Assert.That(totals, Has.Count.EqualTo(2));
            Assert.That(Math.Abs(totals[1] - totals[0]) / totals[0], Is.LessThan(0.05m));
            Assert.That(changed, Is.GreaterThan(5_000));
        });
    }

    [Test]
    public void LoansOverdueMoreThanNinetyDays_AreNonPerforming_AndArrearsAreNeverClassOne()
    {
        using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That(db.Count("SELECT COUNT(*) FROM loan_month_end WHERE overdue_days > 90 AND five_class IN ('1', '2')"), Is.Zero);
            Assert.That(db.Count("SELECT COUNT(*) FROM loan_month_end WHERE overdue_days > 0 AND five_class = '1'"), Is.Zero);
            Assert.That(db.Count("SELECT COUNT(*) FROM loan_month_end m JOIN loan l ON l.receipt_no = m.receipt_no WHERE m.balance > l.issue_amount"), Is.Zero);
        });
    }
}
