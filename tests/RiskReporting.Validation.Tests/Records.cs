using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Tests;

/// <summary>Clean records with readable defaults; a test changes only the fields it is about.</summary>
public static class Records
{
    public const string Bank = "B0001B11000000001";
    public const string Uscc = "91140000786956812X";
    public const string ResidentId = "110101196802158358";

    public static ReportRecord Loan(params (string Field, string Value)[] changes) => Make(ReportParts.B1P3, changes,
        ("CUST_CODE", "C1"), ("CUST_NAME", "北京测试有限公司"), ("BANK_CODE", Bank), ("CREDIT_NO", "L1"), ("CONTRACT_NO", "HT1"), ("RECEIPT_NO", "R1"),
        ("ISSUE_DATE", "20260115"), ("MATURITY_DATE", "20280115"), ("CURRENCY", "CNY"), ("ISSUE_AMT", "1000.00"), ("LOAN_BAL", "800.00"), ("FIVE_CLASS", "1"),
        ("LOAN_TYPE", "1"), ("GUAR_MODE", "4"), ("INDUSTRY", "C3011"), ("OVERDUE_PRIN", "0.00"), ("OVERDUE_DAYS", "0"), ("OVERDUE_INT", "0.00"), ("POLICY_TYPE", ""));

    public static ReportRecord Line(params (string Field, string Value)[] changes) => Make(ReportParts.B1P1, changes,
        ("CUST_TYPE", "2"), ("CUST_CODE", "C1"), ("CUST_NAME", "北京测试有限公司"), ("COUNTRY", "CHN"), ("BANK_CODE", Bank), ("CREDIT_NO", "L1"),
        ("CREDIT_LIMIT", "6000.00"), ("START_DATE", "20260101"), ("END_DATE", "20271231"), ("LOAN_BAL", "800.00"), ("BOND_BAL", "0.00"), ("EQUITY_BAL", "0.00"),
        ("OFFBAL_BAL", "0.00"), ("USED_TOTAL", "800.00"), ("AVAILABLE", "5200.00"), ("RELATED_FLAG", "2"));

    public static ReportRecord Customer(params (string Field, string Value)[] changes) => Make(ReportParts.B3P1, changes,
        ("CUST_CODE", "C1"), ("CUST_NAME", "北京测试有限公司"), ("USCC", Uscc), ("ORG_CODE", Uscc.Substring(8, 9)), ("COUNTRY", "CHN"), ("REGION_CODE", "110000"),
        ("CUST_CLASS", "A2"), ("INDUSTRY", "C3011"), ("WARN_SIGNALS", ""), ("TOTAL_ASSETS", "100000.00"), ("TOTAL_LIAB", "50000.00"), ("FS_TYPE", "1"),
        ("FS_DATE", "20251231"), ("RELATED_FLAG", "2"), ("BANK_CODE", Bank));

    public static ReportRecord Person(params (string Field, string Value)[] changes) => Make(ReportParts.B3P2, changes,
        ("CUST_CODE", "C1"), ("RELATION_TYPE", "1"), ("PERSON_NAME", "张三"), ("ID_TYPE", "2"), ("ID_NO", ResidentId), ("UPDATED_ON", "20250101"));

    public static ReportRecord Guarantee(params (string Field, string Value)[] changes) => Make(ReportParts.B4, changes,
        ("CUST_CODE", "C1"), ("CONTRACT_NO", "HT1"), ("GUAR_CONTRACT_NO", "DB1"), ("GUAR_CONTRACT_TYPE", "3"), ("GUARANTOR_NAME", "李四"), ("GUARANTOR_ID_TYPE", "2"),
        ("GUARANTOR_ID_NO", ResidentId), ("CURRENCY", "CNY"), ("GUAR_VALUE", "1500.00"), ("THIRD_PARTY", "1"));

    public static ReportRecord Interbank(params (string Field, string Value)[] changes) => Make(ReportParts.B1P7, changes,
        ("CUST_CODE", "TY1"), ("CUST_NAME", "国家开发银行"), ("COUNTRY", "CHN"), ("FI_CODE", "L7841K97364453973"), ("FI_CATEGORY", "2"), ("LEND", "0.00"),
        ("DEPOSIT", "100.00"), ("REPO", "0.00"), ("REVERSE_REPO", "0.00"), ("BOND", "0.00"), ("EQUITY", "0.00"), ("BANK_PAYMENT", "0.00"),
        ("OTHER_ONBAL", "0.00"), ("OFFBAL", "0.00"), ("TOTAL", "100.00"));

    public static ReportRecord Split(params (string Field, string Value)[] changes) => Make(ReportParts.B1P2, changes,
        ("GROUP_CODE", "G1"), ("CREDIT_NO", "GL1"), ("MEMBER_CODE", "C1"), ("MEMBER_NAME", "北京测试有限公司"), ("CREDIT_LIMIT", "3000.00"), ("LOAN_BAL", "0.00"),
        ("BOND_BAL", "0.00"), ("EQUITY_BAL", "0.00"), ("OFFBAL_BAL", "0.00"), ("USED_TOTAL", "0.00"), ("AVAILABLE", "3000.00"));

    public static ReportRecord Member(params (string Field, string Value)[] changes) => Make(ReportParts.B2P3, changes,
        ("GROUP_CODE", "G1"), ("MEMBER_CODE", "C1"), ("MEMBER_NAME", "北京测试有限公司"), ("COUNTRY", "CHN"), ("USCC", Uscc), ("MEMBER_TYPE", "1"), ("PARENT_FLAG", "1"));

    public static ReportRecord Group(params (string Field, string Value)[] changes) => Make(ReportParts.B2P1, changes,
        ("GROUP_CODE", "G1"), ("GROUP_NAME", "测试集团"), ("CREDIT_TYPE", "1"), ("MEMBER_COUNT", "2"), ("TOTAL_ASSETS", "100000.00"), ("TOTAL_LIAB", "50000.00"),
        ("FS_TYPE", "1"), ("FS_DATE", "20251231"), ("WARN_SIGNALS", ""), ("REGION_CODE", "110000"), ("BANK_CODE", Bank));

    public static PeriodSnapshot Snapshot(params ReportRecord[] records) => Snapshot(records, null, null);

    public static PeriodSnapshot WithFacts(this PeriodSnapshot snapshot, string customer, CustomerFacts facts) =>
        snapshot with { CustomerFacts = new Dictionary<string, CustomerFacts>(StringComparer.Ordinal) { [customer] = facts } };

    public static PeriodSnapshot Snapshot(IEnumerable<ReportRecord> records, Dictionary<(string, string), decimal>? items, Dictionary<(string, string), decimal>? ledger) =>
        new(ReportingPeriod.Parse("202610"), "test",
            ReportRecords.Of(records),
            [], [], items ?? [], ledger ?? [],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["C1"] = "100001", ["C2"] = "100001", ["G1"] = "100001", ["TY1"] = "000001", ["TY2"] = "000001" },
            new Dictionary<string, string>(StringComparer.Ordinal) { [Bank] = "100001" });

    private static ReportRecord Make(PartDefinition part, (string Field, string Value)[] changes, params (string Field, string Value)[] defaults)
    {
        var values = defaults.ToDictionary(d => d.Field, d => d.Value, StringComparer.Ordinal);
        foreach (var (field, value) in changes)
        {
            values[field] = value;
        }

        return new ReportRecord(part, [.. part.Fields.Select(f => values[f.Name])]);
    }
}
