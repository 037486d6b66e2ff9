using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Codes;
using RiskReporting.Core.Identifiers;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Text;

namespace RiskReporting.Validation.Records;

/// <summary>
/// The record rules of one part as a FluentValidation validator: each rule's ErrorCode is its rule code
/// (JBL-001 … JBL-010, LJX-001 … LJX-003), and the property name is the field it stands on.
/// </summary>
public sealed partial class PartValidator : AbstractValidator<ReportRecord>
{
    public const string Masked = "*********";

    public PartValidator(PartDefinition part, RecordCheckContext context)
    {
        for (var i = 0; i < part.Fields.Count; i++)
        {
            AddFieldRules(part, part.Fields[i], i, context);
        }

        AddRecordRules(part);
        AddCurrentPeriodWarnings(part);
    }

    private void AddFieldRules(PartDefinition part, FieldDefinition field, int index, RecordCheckContext context)
    {
        var name = field.Name;
        var value = Field(index, name);
        value.Must((r, v) => v.Length > 0 || !FieldRequirements.IsMandatory(r, name, context)).WithErrorCode("JBL-001");
        if (field.MaxBytes > 0)
        {
            value.Must(v => Gb18030.ByteCount(v) <= field.MaxBytes).WithErrorCode("JBL-002");
        }

        if (field.FixedLength > 0)
        {
            value.Must(v => v.Length == 0 || v.EnumerateRunes().Count() == field.FixedLength).WithErrorCode("JBL-002");
        }

        if (field.Type == FieldType.Code)
        {
            var list = CodeLists.Embedded[field.CodeList!];
            value.Must(v => v.Length == 0 || list.Contains(v)).WithErrorCode("JBL-003");
        }

        switch (name)
        {
            case "REGION_CODE" when part.Code == "B2P1":
                value.Must(v => v.Length == 0 || v == "999999" || CodeLists.Embedded["region"].Contains(v)).WithErrorCode("JBL-003");
                break;
            case "WARN_SIGNALS":
                value.Must(v => v.Length == 0 || v.Split(';').All(CodeLists.Embedded["warning_signal"].Contains)).WithErrorCode("JBL-003");
                break;
            case "USCC":
                value.Must(v => v.Length == 0 || Uscc.IsValid(v)).WithErrorCode("JBL-004");
                break;
            case "ID_NO" or "GUARANTOR_ID_NO":
                AddIdentityRules(part, name, index, context);
                break;
            case "BANK_CODE":
                value.Must(v => v.Length == 0 || (StatisticsCode().IsMatch(v) && context.BankCodes.Contains(v))).WithErrorCode("JBL-006");
                break;
            case "FI_CODE":
                value.Must(v => v.Length == 0 || StatisticsCode().IsMatch(v)).WithErrorCode("JBL-006");
                break;
            case "ISSUE_DATE" or "START_DATE":
                var d = context.DataDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                value.Must(v => v.Length == 0 || string.CompareOrdinal(v, d) <= 0).WithErrorCode("JBL-007");
                break;
            case "CUST_NAME" or "MEMBER_NAME":
                value.Must((r, v) => !IsDomesticOwnName(r, v) || CustomerName().IsMatch(v)).WithErrorCode("JBL-009");
                break;
        }

        if (field.Type == FieldType.Amount)
        {
            value.Must(v => !v.StartsWith('-')).WithErrorCode("JBL-008");
            if (name == "ISSUE_AMT")
            {
                value.Must(v => v != "0.00").WithErrorCode("JBL-008");
            }
        }
    }

    private void AddIdentityRules(PartDefinition part, string name, int index, RecordCheckContext context)
    {
        var typeField = name == "ID_NO" ? "ID_TYPE" : "GUARANTOR_ID_TYPE";
        if (!part.HasField(typeField))
        {
            return;
        }

        var type = part.IndexOf(typeField);
        var value = Field(index, name);
        value.Must((r, v) => !(r.Values[type] == "1" && v.Length == 18) || Uscc.IsValid(v)).WithErrorCode("JBL-004");
        value.Must((r, v) => r.Values[type] != "2" || ResidentIdNumber.IsValid(v, context.DataDate)).WithErrorCode("JBL-005");
        value.Must((r, v) => r.Values[type].Length == 0 || (r.Values[type] == "12") == (v.Length == 0)).WithErrorCode("JBL-010");
    }

    /// <summary>LJX-001 … LJX-003: dates in order, balance within the issued amount, arrears over 90 days non-performing.</summary>
    private void AddRecordRules(PartDefinition part)
    {
        var (start, end) = part.Code switch
        {
            "B1P3" or "B1P4" or "B5" => ("ISSUE_DATE", "MATURITY_DATE"),
            "B1P1" or "B1P6" => ("START_DATE", "END_DATE"),
            _ => (null, null),
        };
        if (start is not null)
        {
            int s = part.IndexOf(start), e = part.IndexOf(end!);
            Field(e, end!)
                .Must((r, v) => v.Length == 0 || r.Values[s].Length == 0 || string.CompareOrdinal(v, r.Values[s]) >= 0).WithErrorCode("LJX-001");
        }

        if (part.Code is "B1P3" or "B5")
        {
            int balance = part.IndexOf("LOAN_BAL"), issued = part.IndexOf("ISSUE_AMT");
            Field(balance, "LOAN_BAL")
                .Must((r, v) => !(Amount(v) > Amount(r.Values[issued]))).WithErrorCode("LJX-002");
        }

        if (part.Code == "B1P3")
        {
            int days = part.IndexOf("OVERDUE_DAYS"), five = part.IndexOf("FIVE_CLASS");
            Field(five, "FIVE_CLASS")
                .Must((r, v) => !(long.TryParse(r.Values[days], out var d) && d > 90 && v is "1" or "2")).WithErrorCode("LJX-003");
        }
    }

    /// <summary>The single-record 提示性校验 (TS-DQ-001, 003, 004, 005, 007, 008) and LJX-009 (statement date against its type).</summary>
    private void AddCurrentPeriodWarnings(PartDefinition part)
    {
        switch (part.Code)
        {
            case "B1P3":
                int days = part.IndexOf("OVERDUE_DAYS");
                Field(part.IndexOf("LOAN_BAL"), "LOAN_BAL").Must(v => !(Amount(v) > 1_000_000.00m)).WithErrorCode("TS-DQ-001");
                Field(part.IndexOf("FIVE_CLASS"), "FIVE_CLASS").Must((r, v) => !(v == "1" && long.TryParse(r.Values[days], out var d) && d > 0)).WithErrorCode("TS-DQ-007");
                break;
            case "B1P1" or "B1P2":
                int limit = part.IndexOf("CREDIT_LIMIT");
                Field(part.IndexOf("USED_TOTAL"), "USED_TOTAL").Must((r, v) => !(Amount(v) > Amount(r.Values[limit]))).WithErrorCode("TS-DQ-005");
                break;
            case "B2P1":
                Field(part.IndexOf("MEMBER_COUNT"), "MEMBER_COUNT").Must(v => v != "1").WithErrorCode("TS-DQ-008");
                AddStatementRules(part);
                break;
            case "B3P1":
                int cls = part.IndexOf("CUST_CLASS");
                foreach (var field in new[] { "TOTAL_ASSETS", "TOTAL_LIAB" })
                {
                    Field(part.IndexOf(field), field).Must((r, v) => !(r.Values[cls] is "A3" or "A4" && Amount(v) > 500_000.00m)).WithErrorCode("TS-DQ-003");
                }

                AddStatementRules(part);
                break;
        }
    }

    /// <summary>TS-DQ-004 (liabilities above assets) and LJX-009 (FS_DATE fits FS_TYPE: annual Dec 31, half-year Jun 30 or Dec 31, quarterly a quarter end, monthly a month end).</summary>
    private void AddStatementRules(PartDefinition part)
    {
        int assets = part.IndexOf("TOTAL_ASSETS"), type = part.IndexOf("FS_TYPE");
        Field(part.IndexOf("TOTAL_LIAB"), "TOTAL_LIAB").Must((r, v) => !(Amount(v) > Amount(r.Values[assets]))).WithErrorCode("TS-DQ-004");
        Field(part.IndexOf("FS_DATE"), "FS_DATE").Must((r, v) => v.Length == 0 || FitsStatementType(v, r.Values[type])).WithErrorCode("LJX-009");
    }

    private static bool FitsStatementType(string date, string type)
    {
        if (!DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return true; // not a date at all is JBL's concern, not LJX-009's
        }

        var monthEnd = d.Day == DateTime.DaysInMonth(d.Year, d.Month);
        return type switch
        {
            "1" => d.Month == 12 && d.Day == 31,
            "2" => (d.Month == 6 && d.Day == 30) || (d.Month == 12 && d.Day == 31),
            "3" => monthEnd && d.Month % 3 == 0,
            "4" => monthEnd,
            _ => true,
        };
    }

    /// <summary>Rules on one value of the record, standing on the named field.</summary>
    private IRuleBuilderInitial<ReportRecord, string> Field(int index, string name) =>
        RuleFor(r => r.Values[index]).Configure(rule => rule.PropertyName = name);

    /// <summary>A name field of a domestic customer: not masked, and not a group's name on a type-1 B1P1 row.</summary>
    private static bool IsDomesticOwnName(ReportRecord r, string value) =>
        value != Masked && !(r.Part.Code == "B1P1" && r["CUST_TYPE"] == "1") && (!r.Part.HasField("COUNTRY") || r["COUNTRY"] is "CHN" or "");

    private static decimal? Amount(string v) => MessageFormat.ParseAmount(v);

    [GeneratedRegex("^[0-9A-Z]{17}$")]
    private static partial Regex StatisticsCode();

    [GeneratedRegex(@"^[\u4E00-\u9FA5 0-9A-Za-z().'\-,《》&（）]{2,}$")]
    private static partial Regex CustomerName();
}
