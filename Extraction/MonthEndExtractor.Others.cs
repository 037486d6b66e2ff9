using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Spill;
using RiskReporting.Extraction.Ledger;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private static readonly string[] LedgerTypes = ["01", "02", "03", "04", "05", "06", "07", "08", "09"];

    /// <summary>
    /// B4: one row per guarantee link whose contract is the contract of a B1P3 or B1P6 record; its borrower,
    /// when several customers share the contract (WYX-003), is the smallest customer code by ordinal comparison.
    /// Guarantees and borrowers are both sorted by contract and joined as two streams.
    /// </summary>
    private void BuildGuarantees()
    {
        var guarantees = new ExternalSorter<string?[]>("guarantees", TextRowFormat.ByLeading(1), TextRowFormat.Instance, spill);
        foreach (var r in source.Rows(rules["guarantees"]))
        {
            var contract = r.RequiredText("contract_no");
            var currency = r.RequiredText("currency");
            guarantees.Add([contract, $"guarantees.sql contract_no={contract} guar_contract_no={r.RequiredText("guar_contract_no")}", r.RequiredText("guar_contract_no"), r.Text("guar_contract_type"),
                r.Text("guarantor_name"), r.Text("guarantor_id_type"), r.Text("guarantor_id_no"), currency, A(Wan(r.Amount("guarantee_value"), currency)), r.Text("third_party")]);
        }

        using var borrowers = _contractBorrowers.Complete().GetEnumerator();
        var borrower = borrowers.MoveNext() ? borrowers.Current : null;
        foreach (var g in guarantees.Complete())
        {
            while (borrower is not null && string.CompareOrdinal(borrower[0], g[0]) < 0)
            {
                borrower = borrowers.MoveNext() ? borrowers.Current : null;
            }

            if (borrower is not null && borrower[0] == g[0])
            {
                Add(ReportParts.B4, g[1]!, [borrower[1], g[0], .. g[2..]]);
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
            Add(ReportParts.B1P7, $"customers.sql cust_code={code}; TYYWTZ_{settings.Period} lines {string.Join(", ", lines[code])}", [code, NameOf(c), c.Country, c.FiCode, c.FiCategory, .. columns.Select(A), A(DerivedFields.InterbankTotal(columns))]);
        }

        return nonFi;
    }
}
