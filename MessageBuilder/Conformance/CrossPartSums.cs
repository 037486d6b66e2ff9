using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The derivations of report-tables.md that span parts: B1P1 and B1P2 balances are the sums of the detail
/// records (B1P3 LOAN_BAL, B1P4 BOOK_BAL, B1P5 BOOK_BAL, B1P6 BIZ_BAL) carrying the row's CREDIT_NO, of the
/// customer itself (type 2), of the group's members in B2P3 (type 1) or of the split's member (B1P2); a
/// customer with detail records outside any line has its WNRSXYW row; B2P1 MEMBER_COUNT counts the group's
/// members in B2P3. Line rows are kept (they are few); detail records are only summed as they stream by.
/// Each report file sums into its own instance; <see cref="Merge"/> joins them in report order.
/// </summary>
internal sealed class CrossPartSums
{
    private static readonly Dictionary<string, (string Column, string Balance)> DetailBalances = new(StringComparer.Ordinal)
    {
        ["B1P3"] = ("LOAN_BAL", "LOAN_BAL"), ["B1P4"] = ("BOOK_BAL", "BOND_BAL"), ["B1P5"] = ("BOOK_BAL", "EQUITY_BAL"), ["B1P6"] = ("BIZ_BAL", "OFFBAL_BAL"),
    };

    private static readonly string[] BalanceFields = ["LOAN_BAL", "BOND_BAL", "EQUITY_BAL", "OFFBAL_BAL"];

    private readonly Dictionary<(string Customer, string CreditNo), decimal[]> _details = [];
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);
    private readonly List<(string File, int Line, ReportRecord Record)> _rows = [];

    public void Add(string file, int line, ReportRecord record)
    {
        var code = record.Part.Code;
        if (DetailBalances.TryGetValue(code, out var detail))
        {
            var key = (record["CUST_CODE"], record["CREDIT_NO"]);
            if (!_details.TryGetValue(key, out var sums))
            {
                _details[key] = sums = new decimal[BalanceFields.Length];
            }

            sums[Array.IndexOf(BalanceFields, detail.Balance)] += MessageFormat.AmountOrZero(record[detail.Column]);
        }
        else if (code == "B2P3")
        {
            if (!_members.TryGetValue(record["GROUP_CODE"], out var members))
            {
                _members[record["GROUP_CODE"]] = members = new HashSet<string>(StringComparer.Ordinal);
            }

            members.Add(record["MEMBER_CODE"]);
        }
        else if (code is "B1P1" or "B1P2" or "B2P1")
        {
            _rows.Add((file, line, record));
        }
    }

    /// <summary>Adds what another report's reader summed (each report file is read on its own thread).</summary>
    public void Merge(CrossPartSums other)
    {
        foreach (var (key, sums) in other._details)
        {
            if (!_details.TryGetValue(key, out var mine))
            {
                _details[key] = sums;
                continue;
            }

            for (var i = 0; i < mine.Length; i++)
            {
                mine[i] += sums[i];
            }
        }

        foreach (var (group, members) in other._members)
        {
            if (!_members.TryGetValue(group, out var mine))
            {
                _members[group] = members;
            }
            else
            {
                mine.UnionWith(members);
            }
        }

        _rows.AddRange(other._rows);
    }

    public void Report(ConformanceProblems problems)
    {
        var withoutLine = new HashSet<string>(_details.Keys.Where(k => k.CreditNo == "WNRSXYW").Select(k => k.Customer), StringComparer.Ordinal);
        foreach (var (file, line, record) in _rows)
        {
            if (record.Part.Code == "B2P1")
            {
                CheckMemberCount(file, line, record, problems);
                continue;
            }

            if (record.Part.Code == "B1P1" && record["CUST_TYPE"] == "2" && record["CREDIT_NO"] == "WNRSXYW")
            {
                withoutLine.Remove(record["CUST_CODE"]);
            }

            var expected = Expected(record);
            for (var i = 0; i < BalanceFields.Length; i++)
            {
                var want = MessageFormat.Amount(expected[i]);
                if (record[BalanceFields[i]] != want)
                {
                    problems.Add(file, line, BalanceFields[i], $"{record.Part.Code} {record.Key}：值为 {record[BalanceFields[i]]}，但 CREDIT_NO {record["CREDIT_NO"]} 下的明细记录 (detail records under CREDIT_NO) 合计为 {want}");
                }
            }
        }

        foreach (var customer in withoutLine.Order(StringComparer.Ordinal))
        {
            problems.Add(_rows.FirstOrDefault(r => r.Record.Part.Code == "B1P1").File ?? "B1", 0, "CREDIT_NO", $"客户 {customer} 有 CREDIT_NO 为 WNRSXYW 的明细记录，但没有 B1P1 行 2|{customer}|WNRSXYW");
        }
    }

    private decimal[] Expected(ReportRecord record)
    {
        var credit = record["CREDIT_NO"];
        IEnumerable<string> holders = record.Part.Code == "B1P2" ? [record["MEMBER_CODE"]]
            : record["CUST_TYPE"] == "1" ? _members.GetValueOrDefault(record["CUST_CODE"]) ?? [] : [record["CUST_CODE"]];
        var total = new decimal[BalanceFields.Length];
        foreach (var holder in holders)
        {
            if (_details.TryGetValue((holder, credit), out var sums))
            {
                for (var i = 0; i < total.Length; i++)
                {
                    total[i] += sums[i];
                }
            }
        }

        return total;
    }

    private void CheckMemberCount(string file, int line, ReportRecord record, ConformanceProblems problems)
    {
        var count = MessageFormat.WholeNumber(_members.GetValueOrDefault(record["GROUP_CODE"])?.Count ?? 0);
        if (record["MEMBER_COUNT"] != count)
        {
            problems.Add(file, line, "MEMBER_COUNT", $"B2P1 {record.Key}：值为 {record["MEMBER_COUNT"]}，但 B2P3 列有 {count} 名集团成员");
        }
    }
}
