using RiskReporting.Core.Amounts;

namespace RiskReporting.Core.Reports;

/// <summary>
/// The derivations report-tables.md states inside one record, in one place: extraction derives the fields
/// with them, and an override that changes an input has the record derived again with the same code, so a
/// record never holds a value its own fields contradict. USED_TOTAL = LOAN_BAL + BOND_BAL + EQUITY_BAL +
/// OFFBAL_BAL and AVAILABLE = max(CREDIT_LIMIT − USED_TOTAL, 0) (B1P1, B1P2; empty without a limit, the
/// WNRSXYW rows); B1P7 TOTAL = the sum of its nine columns; B3P1 ORG_CODE = characters 9–17 of USCC.
/// </summary>
public static class DerivedFields
{
    public static readonly IReadOnlyList<string> LineBalanceFields = ["LOAN_BAL", "BOND_BAL", "EQUITY_BAL", "OFFBAL_BAL"];

    public static readonly IReadOnlyList<string> InterbankColumns = ["LEND", "DEPOSIT", "REPO", "REVERSE_REPO", "BOND", "EQUITY", "BANK_PAYMENT", "OTHER_ONBAL", "OFFBAL"];

    /// <summary>For each part, the fields derived inside the record and the fields each is derived from.</summary>
    public static readonly IReadOnlyDictionary<(string Part, string Field), IReadOnlyList<string>> Sources = new Dictionary<(string, string), IReadOnlyList<string>>
    {
        [("B1P1", "USED_TOTAL")] = LineBalanceFields, [("B1P2", "USED_TOTAL")] = LineBalanceFields,
        [("B1P1", "AVAILABLE")] = ["CREDIT_LIMIT", "USED_TOTAL"], [("B1P2", "AVAILABLE")] = ["CREDIT_LIMIT", "USED_TOTAL"],
        [("B1P7", "TOTAL")] = InterbankColumns,
        [("B3P1", "ORG_CODE")] = ["USCC"],
    };

    public static decimal UsedTotal(decimal loan, decimal bond, decimal equity, decimal offBalance) => loan + bond + equity + offBalance;

    public static decimal Available(decimal limit, decimal used) => Math.Max(limit - used, 0m);

    public static decimal InterbankTotal(IEnumerable<decimal> columns) => columns.Sum();

    /// <summary>ORG_CODE is characters 9–17 of the USCC, and empty exactly when the USCC is.</summary>
    public static string? OrganizationCode(string? uscc) => uscc switch
    {
        null or "" => null,
        { Length: >= 17 } => uscc.Substring(8, 9),
        { Length: > 8 } => uscc[8..],
        _ => null,
    };

    /// <summary>The record with its own derived fields computed again from its inputs; other parts' records are returned as they are.</summary>
    public static ReportRecord Rederive(ReportRecord record)
    {
        var values = (string[])record.Values.Clone();
        string Get(string field) => values[record.Part.IndexOf(field)];
        void Set(string field, string? value) => values[record.Part.IndexOf(field)] = value ?? string.Empty;
        switch (record.Part.Code)
        {
            case "B1P1" or "B1P2":
                var amounts = LineBalanceFields.Select(f => MessageFormat.AmountOrZero(Get(f))).ToArray();
                var used = UsedTotal(amounts[0], amounts[1], amounts[2], amounts[3]);
                Set("USED_TOTAL", MessageFormat.Amount(used));
                Set("AVAILABLE", MessageFormat.ParseAmount(Get("CREDIT_LIMIT")) is { } limit ? MessageFormat.Amount(Available(limit, used)) : null);
                break;
            case "B1P7":
                Set("TOTAL", MessageFormat.Amount(InterbankTotal(InterbankColumns.Select(f => MessageFormat.AmountOrZero(Get(f))))));
                break;
            case "B3P1":
                Set("ORG_CODE", OrganizationCode(Get("USCC")));
                break;
            default:
                return record;
        }

        return new ReportRecord(record.Part, values) { Source = record.Source };
    }
}
