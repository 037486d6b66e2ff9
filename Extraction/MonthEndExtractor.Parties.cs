using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
using RiskReporting.Extraction.Parts;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private readonly Dictionary<string, CustomerFacts> _facts = new(StringComparer.Ordinal);

    private void BuildParties()
    {
        foreach (var code in _groupsInScope)
        {
            var group = _groups[code];
            var parent = ParentOf(code);
            var statement = parent is null ? null : _statements.GetValueOrDefault(parent.Code);
            Add(ReportParts.B2P1, $"groups.sql group_code={group.Code}; financials.sql of its parent; signals.sql", group.Code, group.Name, group.CreditType, MessageFormat.WholeNumber(ActiveMembers(code).Count()),
                statement is null ? null : A(Money.YuanToWan(statement.Assets)), statement is null ? null : A(Money.YuanToWan(statement.Liabilities)), statement?.Type, Dt(statement?.Date),
                Signals(code), parent is { Overseas: true } ? "999999" : group.Region, BankCode(group.Branch));
            foreach (var membership in ActiveMemberships(code))
            {
                var member = _customers.GetValueOrDefault(membership.Customer);
                Add(ReportParts.B2P3, $"members.sql group_code={group.Code} cust_code={membership.Customer} joined_on={membership.JoinedOn:yyyy-MM-dd}", group.Code, membership.Customer, NameOf(member), member?.Country, member is { Overseas: false } ? member.Uscc : null,
                    membership.MemberType, group.CreditType == "2" ? null : membership.ParentFlag);
            }
        }

        foreach (var code in _customersInScope)
        {
            var c = _customers[code];
            var uscc = c.Overseas ? null : c.Uscc?.Trim();
            var statement = _statements.GetValueOrDefault(code);
            Add(ReportParts.B3P1, $"customers.sql cust_code={code}; financials.sql; signals.sql", code, NameOf(c), uscc, DerivedFields.OrganizationCode(uscc), c.Country, c.Region, c.CustomerClass, c.Overseas ? "99999" : c.Industry,
                Signals(code), statement is null ? null : A(Money.YuanToWan(statement.Assets)), statement is null ? null : A(Money.YuanToWan(statement.Liabilities)), statement?.Type,
                Dt(statement?.Date), c.Related, BankCode(c.Branch));
        }

        foreach (var r in source.Rows(rules["persons"]))
        {
            var code = r.RequiredText("cust_code");
            if (_customersInScope.Contains(code))
            {
                Add(ReportParts.B3P2, $"persons.sql cust_code={code} relation_type={r.Text("relation_type")} person_name={r.Text("person_name")}", code, r.Text("relation_type"), r.Text("person_name"), r.Text("id_type"), r.Text("id_no"), Dt(r.OptionalDate("updated_on")));
            }
        }

        BuildShareholdersAndEnterprises();
    }

    private const int RankedInB3P3 = 5;

    private static readonly IComparer<Shareholder> ByRatioThenId = Comparer<Shareholder>.Create((x, y) =>
        y.Ratio.CompareTo(x.Ratio) is var c and not 0 ? c : string.CompareOrdinal(x.IdNo, y.IdNo));

    private static readonly IComparer<Enterprise> ByRelationThenUscc = Comparer<Enterprise>.Create((x, y) =>
        string.CompareOrdinal(x.Relation, y.Relation) is var c and not 0 ? c : string.CompareOrdinal(x.Uscc, y.Uscc));

    private sealed record Shareholder(string Name, string? IdType, string IdNo, decimal Ratio, DateOnly Date);

    private sealed record Enterprise(string Name, string Uscc, string Relation);

    /// <summary>What a customer's shareholders add up to beyond its top five: all ratios and the distinct structure dates.</summary>
    private sealed class Shareholding
    {
        public TopRanked<Shareholder> Top { get; } = new(RankedInB3P3, ByRatioThenId);

        public decimal RatioSum { get; set; }

        public HashSet<DateOnly> Dates { get; } = [];
    }

    /// <summary>
    /// B3P3: the five largest shareholders (ratio descending, then ID ascending) and the first five related
    /// enterprises (relation type, then USCC). Per customer only those five, the ratio sum and the structure
    /// dates are kept while the rows stream.
    /// </summary>
    private void BuildShareholdersAndEnterprises()
    {
        var holdings = new Dictionary<string, Shareholding>(StringComparer.Ordinal);
        foreach (var r in source.Rows(rules["shareholders"]))
        {
            var code = r.RequiredText("cust_code");
            if (_customersInScope.Contains(code))
            {
                if (!holdings.TryGetValue(code, out var holding))
                {
                    holdings[code] = holding = new Shareholding();
                }

                var holder = new Shareholder(r.Text("holder_name") ?? string.Empty, r.Text("holder_id_type"), r.Text("holder_id_no") ?? string.Empty, r.Amount("share_ratio", 4), r.Date("structure_date"));
                holding.Top.Add(holder);
                holding.RatioSum += holder.Ratio;
                holding.Dates.Add(holder.Date);
            }
        }

        foreach (var code in _customersInScope)
        {
            var holding = holdings.GetValueOrDefault(code);
            _facts[code] = new CustomerFacts(holding?.RatioSum ?? 0m, holding?.Dates.Count ?? 0, _customers[code].ClosedOn);
        }

        foreach (var (code, holding) in holdings)
        {
            var rank = 0;
            foreach (var h in holding.Top.Items)
            {
                Add(ReportParts.B3P3, $"shareholders.sql cust_code={code} holder_id_no={h.IdNo}", code, "1", MessageFormat.WholeNumber(++rank), h.Name, h.IdType, h.IdNo, MessageFormat.Ratio(h.Ratio), Dt(h.Date), null);
            }
        }

        var enterprises = new Dictionary<string, TopRanked<Enterprise>>(StringComparer.Ordinal);
        foreach (var r in source.Rows(rules["enterprises"]))
        {
            var code = r.RequiredText("cust_code");
            if (_customersInScope.Contains(code))
            {
                if (!enterprises.TryGetValue(code, out var top))
                {
                    enterprises[code] = top = new TopRanked<Enterprise>(RankedInB3P3, ByRelationThenUscc);
                }

                top.Add(new Enterprise(r.Text("ent_name") ?? string.Empty, r.Text("ent_uscc") ?? string.Empty, r.Text("relation_type") ?? string.Empty));
            }
        }

        foreach (var (code, top) in enterprises)
        {
            var rank = 0;
            foreach (var e in top.Items)
            {
                Add(ReportParts.B3P3, $"enterprises.sql cust_code={code} ent_uscc={e.Uscc}", code, "2", MessageFormat.WholeNumber(++rank), e.Name, "1", e.Uscc, null, null, e.Relation);
            }
        }
    }
}
