using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The derivations report-tables.md states inside one record: B1P1/B1P2 USED_TOTAL = LOAN_BAL + BOND_BAL +
/// EQUITY_BAL + OFFBAL_BAL and AVAILABLE = max(CREDIT_LIMIT − USED_TOTAL, 0); WNRSXYW rows of B1P1 leave
/// CREDIT_LIMIT, START_DATE, END_DATE and AVAILABLE empty; B1P7 TOTAL is the sum of its nine columns; B3P1
/// ORG_CODE is characters 9–17 of USCC. Checked on the values as written.
/// </summary>
internal static class RecordIdentities
{
    private static readonly string[] Balances = ["LOAN_BAL", "BOND_BAL", "EQUITY_BAL", "OFFBAL_BAL"];
    private static readonly string[] InterbankColumns = ["LEND", "DEPOSIT", "REPO", "REVERSE_REPO", "BOND", "EQUITY", "BANK_PAYMENT", "OTHER_ONBAL", "OFFBAL"];
    private static readonly string[] LineTerms = ["CREDIT_LIMIT", "START_DATE", "END_DATE", "AVAILABLE"];

    public static IEnumerable<(string Field, string Message)> Problems(ReportRecord record)
    {
        return record.Part.Code switch
        {
            "B1P1" when record["CREDIT_NO"] == "WNRSXYW" => UsedTotal(record).Concat(NoLineTerms(record)),
            "B1P1" or "B1P2" => UsedTotal(record).Concat(Available(record)),
            "B1P7" => Sum(record, "TOTAL", InterbankColumns),
            "B3P1" => OrgCode(record),
            _ => [],
        };
    }

    private static IEnumerable<(string, string)> UsedTotal(ReportRecord record) => Sum(record, "USED_TOTAL", Balances);

    private static IEnumerable<(string, string)> Sum(ReportRecord record, string total, string[] terms)
    {
        var expected = MessageFormat.Amount(terms.Sum(t => MessageFormat.AmountOrZero(record[t])));
        if (record[total] != expected)
        {
            yield return (total, $"值为 {record[total]}，但 {string.Join(" + ", terms)} = {expected}");
        }
    }

    private static IEnumerable<(string, string)> Available(ReportRecord record)
    {
        var limit = MessageFormat.ParseAmount(record["CREDIT_LIMIT"]);
        var used = MessageFormat.AmountOrZero(record["USED_TOTAL"]);
        var expected = limit is { } l ? MessageFormat.Amount(Math.Max(l - used, 0m)) : string.Empty;
        if (record["AVAILABLE"] != expected)
        {
            yield return ("AVAILABLE", $"值为 {Shown(record["AVAILABLE"])}，但 max(CREDIT_LIMIT − USED_TOTAL, 0) = max({Shown(record["CREDIT_LIMIT"])} − {record["USED_TOTAL"]}, 0) = {Shown(expected)}");
        }
    }

    private static IEnumerable<(string, string)> NoLineTerms(ReportRecord record) =>
        LineTerms.Where(f => record[f].Length > 0).Select(f => (f, $"值为 {record[f]}，但 WNRSXYW 行中此字段须为空"));

    private static IEnumerable<(string, string)> OrgCode(ReportRecord record)
    {
        var uscc = record["USCC"];
        var expected = uscc.Length > 8 ? uscc[8..Math.Min(17, uscc.Length)] : string.Empty;
        if (record["ORG_CODE"] != expected)
        {
            yield return ("ORG_CODE", $"值为 {Shown(record["ORG_CODE"])}，但 USCC {Shown(uscc)} 的第 9–17 位为 {Shown(expected)}");
        }
    }

    private static string Shown(string value) => value.Length == 0 ? "empty" : value;
}
