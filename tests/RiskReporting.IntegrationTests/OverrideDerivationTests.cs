using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;
using RiskReporting.MessageBuilder.Conformance;
using RiskReporting.MessageBuilder.Corrections;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests;

/// <summary>
/// An override keeps every derivation of report-tables.md true: for a published period of the small demo
/// bank, each field a derivation reads is overridden and the correction batch 02 passes khfx-check and the
/// engine's own checker, or the override is refused before it is stored.
/// </summary>
public sealed class OverrideDerivationTests
{
    private static readonly ReportingPeriod Period = ReportingPeriod.Parse("202609");
    private static TemporaryDirectory _work = null!;
    private static ReportRecords _published = null!;

    [OneTimeSetUp]
    public static void PublishBatch01()
    {
        _work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(_work, DemoBank.DemoBankSize.Small);
        _published = DemoBankRuns.Extract(bank, Period).Records;
        _published = ReportRecords.Of(ReportParts.All.SelectMany(p => _published[p.Code]));
    }

    [OneTimeTearDown]
    public static void Remove() => _work.Dispose();

    private static ReportRecord GroupLine => _published["B1P1"].First(r => r["CUST_TYPE"] == "1" && decimal.Parse(r["USED_TOTAL"], System.Globalization.CultureInfo.InvariantCulture) > 0);

    private static ReportRecord MemberLoan => _published["B1P3"].First(r => _published["B1P2"].Any(s => s["MEMBER_CODE"] == r["CUST_CODE"] && s["CREDIT_NO"] == r["CREDIT_NO"]));

    [Test]
    public void CreditLimitOfAGroupLine_BelowItsUse_GivesAvailableZero_AndAConformingCorrection()
    {
        var line = GroupLine;
        var reported = Correct("B1P1", line.Key, "CREDIT_LIMIT", "1.00");

        var row = reported["B1P1"].Single(r => r.Key == line.Key);
        Assert.That((row["CREDIT_LIMIT"], row["AVAILABLE"]), Is.EqualTo(("1.00", "0.00")));
    }

    [Test]
    public void CreditLimitOfASplit_IsDerivedIntoItsAvailable_AndTheCorrectionConforms()
    {
        var split = _published["B1P2"].First();
        var reported = Correct("B1P2", split.Key, "CREDIT_LIMIT", "99999.99");

        var row = reported["B1P2"].Single(r => r.Key == split.Key);
        Assert.That(row["AVAILABLE"], Is.EqualTo(Core.Amounts.MessageFormat.Amount(99999.99m - decimal.Parse(row["USED_TOTAL"], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void LoanBalanceOfAGroupMember_IsSummedAgainIntoItsSplitAndGroupLine_AndTheCorrectionConforms()
    {
        var loan = MemberLoan;
        var before = _published["B1P2"].Single(s => s["MEMBER_CODE"] == loan["CUST_CODE"] && s["CREDIT_NO"] == loan["CREDIT_NO"]);
        var reported = Correct("B1P3", loan.Key, "LOAN_BAL", "123456.78");

        var after = reported["B1P2"].Single(r => r.Key == before.Key);
        var delta = 123456.78m - decimal.Parse(loan["LOAN_BAL"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(decimal.Parse(after["LOAN_BAL"], System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(before["LOAN_BAL"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(delta));
    }

    [Test]
    public void GuaranteeValue_IsReportedWithItsControlSum_AndTheCorrectionConforms()
    {
        var guarantee = _published["B4"].First();
        var reported = Correct("B4", guarantee.Key, "GUAR_VALUE", "777.77");

        Assert.That(reported["B4"].Single(r => r.Key == guarantee.Key)["GUAR_VALUE"], Is.EqualTo("777.77"));
    }

    [TestCase("B1P1", "USED_TOTAL", "1.00", "由 LOAN_BAL, BOND_BAL, EQUITY_BAL, OFFBAL_BAL 派生 (derived)")]
    [TestCase("B1P1", "AVAILABLE", "1.00", "由 CREDIT_LIMIT, USED_TOTAL 派生 (derived)")]
    [TestCase("B1P1", "LOAN_BAL", "1.00", "下各 B1P3 记录 LOAN_BAL 之和")]
    [TestCase("B1P2", "OFFBAL_BAL", "1.00", "下各 B1P6 记录 BIZ_BAL 之和")]
    [TestCase("B1P3", "CREDIT_NO", "SX9", "决定本记录计入哪些 B1P1 和 B1P2 行")]
    [TestCase("B1P3", "LOAN_BAL", "12abc", "不能报送 (cannot be reported)")]
    [TestCase("B2P1", "MEMBER_COUNT", "9", "是 B2P3 中集团成员的计数")]
    [TestCase("B3P1", "CUST_NAME", "星海\uFFFF集团", "XML 不允许的字符")]
    public void AnOverrideThatWouldBreakADerivation_IsRefused_NamingTheFields(string part, string field, string value, string reason)
    {
        var key = _published[part].First().Key;

        Assert.That(OverrideRules.Refusal(ReportParts.ByCode(part), key, field, value), Does.Contain(reason));
    }

    /// <summary>Applies one accepted override and builds batch 02 with its correction file; both checkers must pass it.</summary>
    private static ReportRecords Correct(string part, string key, string field, string value)
    {
        Assert.That(OverrideRules.Refusal(ReportParts.ByCode(part), key, field, value), Is.Null);
        var adjustment = new Override("o1", Period, part, key, field, value, "test", "ops1", DateTimeOffset.UnixEpoch, null, null);
        var (reported, applied, _) = OverrideApplication.Apply(_published, [adjustment]);
        Assert.That(applied, Has.Count.EqualTo(1));

        var directory = Path.Combine(_work.Path, Guid.NewGuid().ToString("N"));
        var correction = new CorrectionContent("override " + field, CorrectionDiff.Compare(_published, reported));
        var package = new PackageWriter(new FileSystem()).Write(directory, new MessageHeader("B0001H111000001", Period, 2), reported, correction);
        var ours = new PackageConformanceChecker(new FileSystem()).Check(package.Path);
        var khfx = KhfxChecker.Check(package.Path);
        Assert.Multiple(() =>
        {
            Assert.That(ours.Select(p => p.ToString()), Is.Empty);
            Assert.That(khfx.ExitCode, Is.Zero, khfx.Output);
        });
        return reported;
    }
}
