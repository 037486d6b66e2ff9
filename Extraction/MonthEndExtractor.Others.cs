using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
using RiskReporting.Extraction.Ledger;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private static readonly string[] LedgerTypes = ["01", "02", "03", "04", "05", "06", "07", "08", "09"];

    /// <summary>B4: one row per guarantee link whose contract is the contract of a B1P3 or B1P6 record.</summary>
    private void BuildGuarantees()
    {
        foreach (var r in source.Rows(rules["guarantees"]))
        {
            var contract = r.RequiredText("contract_no");
            if (_contractBorrowers.TryGetValue(contract, out var borrower))
            {
                var currency = r.RequiredText("currency");
                Add(ReportParts.B4, $"guarantees.sql contract_no={contract} guar_contract_no={r.RequiredText("guar_contract_no")}", borrower, contract, r.RequiredText("guar_contract_no"), r.Text("guar_contract_type"), r.Text("guarantor_name"),
                    r.Text("guarantor_id_type"), r.Text("guarantor_id_no"), currency, A(Wan(r.Amount("guarantee_value"), currency)), r.Text("third_party"));
            }
        }
    }

    /// <summary>B5: retail loans 90 or more days in default at D; every retail loan counts towards the HN-003 totals.</summary>
    private void BuildRetail()
    {
        foreach (var r in source.Rows(rules["retail"]))
        {
            var currency = r.RequiredText("currency");
            var branch = r.RequiredText("branch_code");
            Book(branch, "1303", r.Amount("balance"), currency);
            var days = r.WholeNumber("default_days");
            if (days < 90)
            {
                continue;
            }

            Add(ReportParts.B5, $"retail.sql receipt_no={r.RequiredText("receipt_no")}", r.Text("cust_no"), r.Text("borrower_name"), r.Text("id_type"), r.Text("id_no"), BankCode(branch), r.Text("contract_no"),
                r.RequiredText("receipt_no"), r.Text("product"), r.Text("guar_mode"), currency, A(Wan(r.Amount("issue_amount"), currency)),
                A(Wan(r.Amount("balance"), currency)), Dt(r.Date("issue_date")), Dt(r.Date("maturity_date")),
                A(Wan(r.Amount("default_amount"), currency)), MessageFormat.WholeNumber(days), r.Text("five_class"));
        }
    }

    /// <summary>B1P7 from the ledger: per FI counterparty with a positive balance, each row's 万元 value added to its type's column.</summary>
    private List<LedgerRow> BuildInterbank(IReadOnlyList<LedgerRow> ledger)
    {
        var nonFi = new List<LedgerRow>();
        var sums = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        var lines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in ledger)
        {
            if (!_customers.TryGetValue(row.Counterparty, out var customer) || customer.Kind != "FI")
            {
                nonFi.Add(row);
                continue;
            }

            if (row.Balance <= 0)
            {
                continue;
            }

            if (!sums.TryGetValue(row.Counterparty, out var columns))
            {
                sums[row.Counterparty] = columns = new decimal[LedgerTypes.Length];
            }

            columns[Array.IndexOf(LedgerTypes, row.BusinessType)] += Wan(row.Balance, row.Currency);
            if (!lines.TryGetValue(row.Counterparty, out var numbers))
            {
                lines[row.Counterparty] = numbers = [];
            }

            numbers.Add(row.Line);
        }

        foreach (var (code, columns) in sums)
        {
            var c = _customers[code];
            Add(ReportParts.B1P7, $"customers.sql cust_code={code}; TYYWTZ_{settings.Period} lines {string.Join(", ", lines[code])}", [code, NameOf(c), c.Country, c.FiCode, c.FiCategory, .. columns.Select(A), A(columns.Sum())]);
        }

        return nonFi;
    }
}
