using RiskReporting.Core.Reports;
using RiskReporting.Extraction.Model;
using RiskReporting.Extraction.Parts;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    /// <summary>B1P1 (type 1: active lines of in-scope groups; type 2: active own lines and WNRSXYW of in-scope customers) and B1P2 (splits of type-1 lines).</summary>
    private void BuildLines()
    {
        foreach (var line in _lines.Where(l => l.ActiveAt(D)))
        {
            if (line.HolderKind == "GROUP" && _groupsInScope.Contains(line.HolderCode))
            {
                WriteGroupLine(_groups[line.HolderCode], line);
            }
            else if (line.HolderKind == "CUST" && _customersInScope.Contains(line.HolderCode))
            {
                var customer = _customers[line.HolderCode];
                WriteLineRow("2", customer.Code, NameOf(customer), customer.Country, customer.Branch, line, Balances(customer.Code, line.CreditNo), customer.Related,
                    $"lines.sql credit_no={line.CreditNo}; customers.sql cust_code={customer.Code}; detail records of the customer under the line");
            }
        }

        foreach (var ((customer, credit), balances) in _balances.Where(b => b.Key.CreditNo == NoCreditLine))
        {
            var c = _customers[customer];
            WriteLineRow("2", customer, NameOf(c), c.Country, c.Branch, null, balances, c.Related, $"customers.sql cust_code={customer}; detail records of the customer with no credit_no");
        }
    }

    private void WriteGroupLine(CustomerGroup group, Line line)
    {
        var members = ActiveMembers(group.Code).ToList();
        var total = new LineBalances();
        foreach (var member in members)
        {
            if (_balances.TryGetValue((member, line.CreditNo), out var b))
            {
                total.Add(b);
            }
        }

        var related = members.Any(m => _customers.TryGetValue(m, out var c) && c.Related == "1") ? "1" : "2";
        WriteLineRow("1", group.Code, group.Name, ParentOf(group.Code)?.Country ?? "CHN", group.Branch, line, total, related,
            $"lines.sql credit_no={line.CreditNo}; groups.sql group_code={group.Code}; detail records of its active members under the line");
        foreach (var split in SplitsOf(line.CreditNo))
        {
            var balances = _balances.GetValueOrDefault((split.Customer, line.CreditNo)) ?? new LineBalances();
            var limit = Wan(split.Limit, line.Currency);
            Add(ReportParts.B1P2, $"splits.sql credit_no={line.CreditNo} cust_code={split.Customer}; detail records of the member under the line", group.Code, line.CreditNo, split.Customer, NameOf(_customers.GetValueOrDefault(split.Customer)), A(limit),
                A(balances.Loan), A(balances.Bond), A(balances.Equity), A(balances.OffBalance), A(balances.Used), A(DerivedFields.Available(limit, balances.Used)));
        }
    }

    private ILookup<string, Split>? _splitsByLine;

    private IEnumerable<Split> SplitsOf(string creditNo) => (_splitsByLine ??= _splits.ToLookup(s => s.CreditNo, StringComparer.Ordinal))[creditNo];

    private void WriteLineRow(string type, string code, string name, string country, string branch, Line? line, LineBalances balances, string related, string lineage)
    {
        var limit = line is null ? (decimal?)null : Wan(line.Limit, line.Currency);
        Add(ReportParts.B1P1, lineage, type, code, name, country, BankCode(branch), line?.CreditNo ?? NoCreditLine,
            limit is { } l ? A(l) : null, Dt(line?.StartDate), Dt(line?.EndDate),
            A(balances.Loan), A(balances.Bond), A(balances.Equity), A(balances.OffBalance), A(balances.Used),
            limit is { } m ? A(DerivedFields.Available(m, balances.Used)) : null, related);
    }
}
