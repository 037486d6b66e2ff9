namespace RiskReporting.Core.Reports;

/// <summary>
/// The report parts of spec 2026.1 (report-tables.md) in spec order: B1P1 … B1P7, B2P1, B2P3, B3P1 … B3P3,
/// B4, B5. Field types not given in a part's table come from the table of shared field types.
/// </summary>
public static class ReportParts
{
    public static PartDefinition B1P1 { get; } = Part("B1P1", "B1", ["CUST_TYPE", "CUST_CODE", "CREDIT_NO"], "USED_TOTAL",
        "CUST_TYPE:K:customer_type", "CUST_CODE", "CUST_NAME", "COUNTRY", "BANK_CODE", "CREDIT_NO", "CREDIT_LIMIT:A", "START_DATE", "END_DATE",
        "LOAN_BAL:A", "BOND_BAL:A", "EQUITY_BAL:A", "OFFBAL_BAL:A", "USED_TOTAL:A", "AVAILABLE:A", "RELATED_FLAG:K:yes_no");

    public static PartDefinition B1P2 { get; } = Part("B1P2", "B1", ["GROUP_CODE", "CREDIT_NO", "MEMBER_CODE"], "USED_TOTAL",
        "GROUP_CODE", "CREDIT_NO", "MEMBER_CODE", "MEMBER_NAME", "CREDIT_LIMIT:A", "LOAN_BAL:A", "BOND_BAL:A", "EQUITY_BAL:A", "OFFBAL_BAL:A", "USED_TOTAL:A", "AVAILABLE:A");

    public static PartDefinition B1P3 { get; } = Part("B1P3", "B1", ["RECEIPT_NO"], "LOAN_BAL",
        "CUST_CODE", "CUST_NAME", "BANK_CODE", "CREDIT_NO", "CONTRACT_NO", "RECEIPT_NO", "ISSUE_DATE", "MATURITY_DATE", "CURRENCY", "ISSUE_AMT:A",
        "LOAN_BAL:A", "FIVE_CLASS", "LOAN_TYPE:K:loan_type", "GUAR_MODE", "INDUSTRY:K:industry", "OVERDUE_PRIN:A", "OVERDUE_DAYS:I", "OVERDUE_INT:A",
        "POLICY_TYPE:K:industry_policy");

    public static PartDefinition B1P4 { get; } = Part("B1P4", "B1", ["HOLDING_NO"], "BOOK_BAL",
        "CUST_CODE", "CUST_NAME", "BANK_CODE", "CREDIT_NO", "HOLDING_NO", "BOND_CODE", "BOND_TYPE:K:bond_type", "CURRENCY", "FACE_VALUE:A", "BOOK_BAL:A",
        "ISSUE_DATE", "MATURITY_DATE", "ACCOUNT_TYPE:K:account_type");

    public static PartDefinition B1P5 { get; } = Part("B1P5", "B1", ["HOLDING_NO"], "BOOK_BAL",
        "CUST_CODE", "CUST_NAME", "BANK_CODE", "CREDIT_NO", "HOLDING_NO", "CURRENCY", "BOOK_BAL:A");

    public static PartDefinition B1P6 { get; } = Part("B1P6", "B1", ["BIZ_NO"], "BIZ_BAL",
        "CUST_CODE", "CUST_NAME", "BANK_CODE", "OFFBAL_TYPE:K:offbalance_type", "CREDIT_NO", "CONTRACT_NO", "BIZ_NO", "CURRENCY", "BIZ_BAL:A", "MARGIN:A",
        "START_DATE", "END_DATE");

    public static PartDefinition B1P7 { get; } = Part("B1P7", "B1", ["CUST_CODE"], "TOTAL",
        "CUST_CODE", "CUST_NAME", "COUNTRY", "FI_CODE", "FI_CATEGORY:K:fi_category", "LEND:A", "DEPOSIT:A", "REPO:A", "REVERSE_REPO:A", "BOND:A", "EQUITY:A",
        "BANK_PAYMENT:A", "OTHER_ONBAL:A", "OFFBAL:A", "TOTAL:A");

    public static PartDefinition B2P1 { get; } = Part("B2P1", "B2", ["GROUP_CODE"], "TOTAL_ASSETS",
        "GROUP_CODE", "GROUP_NAME", "CREDIT_TYPE:K:group_credit_type", "MEMBER_COUNT:I", "TOTAL_ASSETS:A", "TOTAL_LIAB:A", "FS_TYPE", "FS_DATE",
        "WARN_SIGNALS", "REGION_CODE:C6", "BANK_CODE");

    public static PartDefinition B2P3 { get; } = Part("B2P3", "B2", ["GROUP_CODE", "MEMBER_CODE"], null,
        "GROUP_CODE", "MEMBER_CODE", "MEMBER_NAME", "COUNTRY", "USCC", "MEMBER_TYPE:K:member_type", "PARENT_FLAG:K:yes_no");

    public static PartDefinition B3P1 { get; } = Part("B3P1", "B3", ["CUST_CODE"], "TOTAL_ASSETS",
        "CUST_CODE", "CUST_NAME", "USCC", "ORG_CODE:C9", "COUNTRY", "REGION_CODE", "CUST_CLASS:K:customer_class", "INDUSTRY:K:industry", "WARN_SIGNALS",
        "TOTAL_ASSETS:A", "TOTAL_LIAB:A", "FS_TYPE", "FS_DATE", "RELATED_FLAG:K:yes_no", "BANK_CODE");

    public static PartDefinition B3P2 { get; } = Part("B3P2", "B3", ["CUST_CODE", "RELATION_TYPE", "PERSON_NAME"], null,
        "CUST_CODE", "RELATION_TYPE:K:relation_type", "PERSON_NAME", "ID_TYPE", "ID_NO", "UPDATED_ON");

    public static PartDefinition B3P3 { get; } = Part("B3P3", "B3", ["CUST_CODE", "REL_KIND", "RANK"], null,
        "CUST_CODE", "REL_KIND:K:rel_kind", "RANK:I", "NAME", "ID_TYPE", "ID_NO", "SHARE_RATIO:R", "STRUCTURE_DATE", "RELATION_TYPE:K:enterprise_relation");

    public static PartDefinition B4 { get; } = Part("B4", "B4", ["CONTRACT_NO", "GUAR_CONTRACT_NO"], "GUAR_VALUE",
        "CUST_CODE", "CONTRACT_NO", "GUAR_CONTRACT_NO", "GUAR_CONTRACT_TYPE:K:guarantee_contract_type", "GUARANTOR_NAME", "GUARANTOR_ID_TYPE:K:id_type",
        "GUARANTOR_ID_NO", "CURRENCY", "GUAR_VALUE:A", "THIRD_PARTY:K:yes_no");

    public static PartDefinition B5 { get; } = Part("B5", "B5", ["RECEIPT_NO"], "LOAN_BAL",
        "CUST_NO", "NAME", "ID_TYPE", "ID_NO", "BANK_CODE", "CONTRACT_NO", "RECEIPT_NO", "PRODUCT", "GUAR_MODE", "CURRENCY", "ISSUE_AMT:A", "LOAN_BAL:A",
        "ISSUE_DATE", "MATURITY_DATE", "DEFAULT_AMT:A", "DEFAULT_DAYS:I", "FIVE_CLASS");

    /// <summary>Every part, in spec order.</summary>
    public static IReadOnlyList<PartDefinition> All { get; } = [B1P1, B1P2, B1P3, B1P4, B1P5, B1P6, B1P7, B2P1, B2P3, B3P1, B3P2, B3P3, B4, B5];

    public static IReadOnlyList<string> Reports { get; } = ["B1", "B2", "B3", "B4", "B5"];

    public static PartDefinition ByCode(string code) =>
        All.FirstOrDefault(p => p.Code == code) ?? throw new KeyNotFoundException($"'{code}' 不是 spec 2026.1 的报表部件 (report part)。");

    private static PartDefinition Part(string code, string report, string[] key, string? control, params string[] fields) =>
        new(code, report, [.. fields.Select(Field)], key, control);

    /// <summary>"NAME" takes the shared type of that name; "NAME:A", "NAME:I", "NAME:R", "NAME:C6" or "NAME:K:list" states it.</summary>
    private static FieldDefinition Field(string spec)
    {
        var parts = spec.Split(':');
        var name = parts[0];
        if (parts.Length == 1)
        {
            return Shared(name);
        }

        return parts[1] switch
        {
            "A" => new(name, FieldType.Amount),
            "I" => new(name, FieldType.WholeNumber),
            "R" => new(name, FieldType.Ratio),
            "K" => new(name, FieldType.Code, CodeList: parts[2]),
            var c when c.StartsWith('C') => new(name, FieldType.Text, FixedLength: int.Parse(c[1..], System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException(spec),
        };
    }

    private static FieldDefinition Shared(string name) => name switch
    {
        "CUST_CODE" or "GROUP_CODE" or "MEMBER_CODE" or "CUST_NO" => new(name, FieldType.Text, MaxBytes: 32),
        "CUST_NAME" or "GROUP_NAME" or "MEMBER_NAME" or "NAME" or "GUARANTOR_NAME" or "WARN_SIGNALS" => new(name, FieldType.Text, MaxBytes: 200),
        "PERSON_NAME" => new(name, FieldType.Text, MaxBytes: 100),
        "CREDIT_NO" => new(name, FieldType.Text, MaxBytes: 50),
        "CONTRACT_NO" or "RECEIPT_NO" or "HOLDING_NO" or "BIZ_NO" or "GUAR_CONTRACT_NO" => new(name, FieldType.Text, MaxBytes: 60),
        "BOND_CODE" => new(name, FieldType.Text, MaxBytes: 20),
        "ID_NO" or "GUARANTOR_ID_NO" => new(name, FieldType.Text, MaxBytes: 32),
        "USCC" => new(name, FieldType.Text, FixedLength: 18),
        "BANK_CODE" or "FI_CODE" => new(name, FieldType.Text, FixedLength: 17),
        "COUNTRY" => new(name, FieldType.Code, CodeList: "country"),
        "CURRENCY" => new(name, FieldType.Code, CodeList: "currency"),
        "REGION_CODE" => new(name, FieldType.Code, CodeList: "region"),
        "FIVE_CLASS" => new(name, FieldType.Code, CodeList: "five_class"),
        "GUAR_MODE" => new(name, FieldType.Code, CodeList: "guarantee_mode"),
        "FS_TYPE" => new(name, FieldType.Code, CodeList: "fs_type"),
        "ID_TYPE" => new(name, FieldType.Code, CodeList: "id_type"),
        "PRODUCT" => new(name, FieldType.Code, CodeList: "retail_product"),
        _ when name.EndsWith("_DATE", StringComparison.Ordinal) || name == "UPDATED_ON" => new(name, FieldType.Date),
        _ => throw new ArgumentException($"No shared type for field {name}."),
    };
}
