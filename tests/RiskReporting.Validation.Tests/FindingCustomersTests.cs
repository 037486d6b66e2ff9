using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Tests;

public sealed class FindingCustomersTests
{
    [Test]
    public void EachFinding_NamesItsCustomer_FromItsRecordOrFromB3P1()
    {
        var snapshot = Records.Snapshot(
            Records.Loan(("CUST_CODE", "0007"), ("CUST_NAME", "北京测试有限公司")),
            Records.Customer(("CUST_CODE", "0008"), ("CUST_NAME", "天津测试有限公司")),
            Records.Guarantee(("CUST_CODE", "0008")),
            Records.Group(("GROUP_CODE", "G0001"), ("GROUP_NAME", "测试集团")));
        Finding[] findings =
        [
            At("B1P3", "R1"), At("B4", "HT1|DB1"), At("B2P1", "G0001"), At("B3P1", "0099"), At("GL", "000001"),
        ];

        var customers = FindingCustomers.Of(snapshot, findings);

        Assert.Multiple(() =>
        {
            Assert.That(customers[("B1P3", "R1")], Is.EqualTo(new FindingCustomer("0007", "北京测试有限公司")));
            Assert.That(customers[("B4", "HT1|DB1")], Is.EqualTo(new FindingCustomer("0008", "天津测试有限公司")));
            Assert.That(customers[("B2P1", "G0001")], Is.EqualTo(new FindingCustomer("G0001", "测试集团")));
            Assert.That(customers[("B3P1", "0099")], Is.EqualTo(new FindingCustomer("0099", string.Empty)), "last month's customer keeps its code");
            Assert.That(customers.ContainsKey(("GL", "000001")), Is.False);
        });
    }

    [TestCase("HN-002", "GL", "1302", "元")]
    [TestCase("TS-DQ-001", "B1P3", "LOAN_BAL", "万元")]
    [TestCase("TS-DQ-002", "B3P1", "CREDIT_LIMIT", "万元")]
    [TestCase("LJX-004", "B3P1", "SHARE_RATIO", "%")]
    [TestCase("TS-KQ-004", "B3P1", "", "万元")]
    [TestCase("JBL-003", "B1P3", "CURRENCY", "")]
    public void Unit_ComesFromTheSpec(string rule, string part, string field, string unit) =>
        Assert.That(FindingUnits.Of(new Finding(rule, Severity.Error, part, "K", field, "1.00", "", "")), Is.EqualTo(unit));

    private static Finding At(string part, string key) => new("X", Severity.Error, part, key, string.Empty, string.Empty, string.Empty, string.Empty);
}
