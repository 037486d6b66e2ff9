using RiskReporting.Core.Amounts;
using RiskReporting.Extraction.Model;

namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private readonly Dictionary<string, string> _bankCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _branchNames = new(StringComparer.Ordinal);
    private string? _headOffice;
    private readonly Dictionary<string, Customer> _customers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomerGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Membership>> _memberships = new(StringComparer.Ordinal);
    private readonly List<Line> _lines = [];
    private readonly Dictionary<string, Line> _linesByNumber = new(StringComparer.Ordinal);
    private readonly List<Split> _splits = [];
    private readonly Dictionary<string, (DateOnly Date, decimal Rate)> _rates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _signals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);

    private void LoadReference()
    {
        foreach (var r in source.Rows(rules["branches"]))
        {
            _bankCodes[r.RequiredText("branch_code")] = r.Text("bank_code") ?? string.Empty;
            if (r.OptionalText("branch_name") is { Length: > 0 } name)
            {
                _branchNames[r.RequiredText("branch_code")] = name;
            }

            if (r.Text("parent_code") is null)
            {
                _headOffice ??= r.RequiredText("branch_code");
            }
        }

        foreach (var r in source.Rows(rules["customers"]))
        {
            var customer = new Customer(r.RequiredText("cust_code"), r.Text("cust_name") ?? string.Empty, r.RequiredText("cust_kind"), r.Text("uscc"),
                r.Text("country") ?? string.Empty, r.Text("region_code"), r.Text("cust_class"), r.Text("industry"), r.Text("fi_code"), r.Text("fi_category"),
                r.Text("related_flag") ?? "2", r.Text("branch_code") ?? string.Empty, r.Date("opened_on"), r.OptionalDate("closed_on"));
            _customers[customer.Code] = customer;
        }

        foreach (var r in source.Rows(rules["groups"]))
        {
            var group = new CustomerGroup(r.RequiredText("group_code"), r.Text("group_name") ?? string.Empty, r.Text("credit_type") ?? string.Empty, r.Text("region_code"),
                r.Text("branch_code") ?? string.Empty, r.Date("recognised_on"), r.OptionalDate("dissolved_on"));
            _groups[group.Code] = group;
        }

        foreach (var r in source.Rows(rules["members"]))
        {
            var membership = new Membership(r.RequiredText("group_code"), r.RequiredText("cust_code"), r.Text("member_type") ?? string.Empty,
                r.Text("parent_flag") ?? string.Empty, r.Date("joined_on"), r.OptionalDate("left_on"));
            if (!_memberships.TryGetValue(membership.Group, out var list))
            {
                _memberships[membership.Group] = list = [];
            }

            list.Add(membership);
        }

        foreach (var r in source.Rows(rules["lines"]))
        {
            var line = new Line(r.RequiredText("credit_no"), r.RequiredText("holder_kind"), r.RequiredText("holder_code"), r.RequiredText("currency"),
                r.Amount("limit_amount"), r.Date("start_date"), r.Date("end_date"), r.RequiredText("status"));
            _lines.Add(line);
            _linesByNumber[line.CreditNo] = line;
        }

        foreach (var r in source.Rows(rules["splits"]))
        {
            _splits.Add(new Split(r.RequiredText("credit_no"), r.RequiredText("cust_code"), r.Amount("limit_amount")));
        }

        foreach (var r in source.Rows(rules["fx_rates"]))
        {
            var currency = r.RequiredText("currency");
            var date = r.Date("rate_date");
            if (date <= D && date >= D.AddDays(-6) && (!_rates.TryGetValue(currency, out var known) || known.Date < date))
            {
                _rates[currency] = (date, r.Amount("cny_per_unit", 6));
            }
        }

        foreach (var r in source.Rows(rules["signals"]))
        {
            var holder = r.RequiredText("cust_code");
            if (!_signals.TryGetValue(holder, out var set))
            {
                _signals[holder] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(r.RequiredText("signal_code").Trim());
        }

        foreach (var r in source.Rows(rules["financials"]))
        {
            var code = r.RequiredText("cust_code");
            var statement = new Statement(r.Date("fs_date"), r.Text("fs_type") ?? string.Empty, r.Amount("total_assets"), r.Amount("total_liabilities"));
            if (statement.Date <= D && (!_statements.TryGetValue(code, out var known) || known.Date < statement.Date))
            {
                _statements[code] = statement;
            }
        }
    }

    /// <summary>CNY per unit at D: the latest rate dated D−6 to D (README, "Currency"); none stops the run naming the currency.</summary>
    private decimal Rate(string currency)
    {
        if (currency == "CNY")
        {
            return 1m;
        }

        return _rates.TryGetValue(currency, out var rate)
            ? rate.Rate
            : throw new ExtractionException($"没有 {currency} 在 {D.AddDays(-6):yyyy-MM-dd} 至 {D:yyyy-MM-dd} 的汇率 (no exchange rate, fx_rate)：本次运行无法折算 {settings.Period} 的 {currency} 金额。");
    }

    private decimal Wan(decimal amount, string currency) => Money.Wan(amount, Rate(currency));

    private string BankCode(string branch) => _bankCodes.GetValueOrDefault(branch, string.Empty);

    private static string NameOf(Customer? customer) => customer is null ? string.Empty : customer.Overseas ? Masked : customer.Name;

    private string Signals(string holder) => _signals.TryGetValue(holder, out var set) ? string.Join(';', set) : string.Empty;

    /// <summary>The group's active membership rows (a customer with overlapping memberships appears more than once).</summary>
    private IEnumerable<Membership> ActiveMemberships(string group) =>
        _memberships.TryGetValue(group, out var list) ? list.Where(m => m.ActiveAt(D)) : [];

    /// <summary>The group's active members, each once, in ordinal order of customer code.</summary>
    private IEnumerable<string> ActiveMembers(string group) =>
        ActiveMemberships(group).Select(m => m.Customer).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The group's parent: its active member flagged parent, the first by customer code when several are.</summary>
    private Customer? ParentOf(string group) =>
        ActiveMemberships(group).Where(m => m.ParentFlag == "1").Select(m => m.Customer).Order(StringComparer.Ordinal)
            .Select(c => _customers.GetValueOrDefault(c)).FirstOrDefault(c => c is not null);
}
