using System.Globalization;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;

namespace RiskReporting.Validation.Records;

/// <summary>
/// When a field must not be empty (JBL-001), from report-tables.md: every field is M unless its part
/// says when it may be empty. An ID number's emptiness against its ID type is JBL-010's case alone,
/// so that one fault is one finding.
/// </summary>
public static class FieldRequirements
{
    private static readonly HashSet<string> FiCategoriesWithCode = new(Enumerable.Range(1, 21).Select(i => i.ToString(CultureInfo.InvariantCulture)).Append("26"), StringComparer.Ordinal);

    public static bool IsMandatory(ReportRecord r, string field, RecordCheckContext context) => (r.Part.Code, field) switch
    {
        (_, "ID_NO" or "GUARANTOR_ID_NO" or "POLICY_TYPE" or "WARN_SIGNALS") => false,
        ("B1P1", "CREDIT_LIMIT" or "START_DATE" or "END_DATE" or "AVAILABLE") => r["CREDIT_NO"] != "WNRSXYW",
        ("B1P3", "FIVE_CLASS") => MessageFormat.ParseAmount(r["LOAN_BAL"]) > 0,
        ("B1P3", "GUAR_MODE") => r["LOAN_TYPE"] != "2",
        ("B1P7", "FI_CODE") => FiCategoriesWithCode.Contains(r["FI_CATEGORY"]),
        ("B2P1", "TOTAL_ASSETS" or "TOTAL_LIAB" or "FS_TYPE" or "FS_DATE") => false,
        ("B2P3", "USCC") => r["COUNTRY"] == "CHN",
        ("B2P3", "PARENT_FLAG") => context.GroupCreditTypes.GetValueOrDefault(r["GROUP_CODE"]) != "2",
        ("B3P1", "USCC" or "REGION_CODE") => r["COUNTRY"] == "CHN",
        ("B3P1", "ORG_CODE") => r["USCC"].Length > 0,
        ("B3P1", "TOTAL_ASSETS" or "TOTAL_LIAB" or "FS_TYPE" or "FS_DATE") => false,
        ("B3P3", "SHARE_RATIO" or "STRUCTURE_DATE") => r["REL_KIND"] == "1",
        ("B3P3", "RELATION_TYPE") => r["REL_KIND"] == "2",
        _ => true,
    };
}
