using RiskReporting.Core.Amounts;

namespace RiskReporting.DemoBank;

/// <summary>
/// The general ledger the demo bank books: per period, branch and subject, the CNY yuan sum of the
/// items, each converted and rounded to cents first (rules.md HN-001…HN-004), so that it agrees exactly.
/// </summary>
public sealed class GeneralLedger(FxTable fx)
{
    public const string CorporateLoans = "1301";
    public const string Discounts = "1302";
    public const string RetailLoans = "1303";
    public const string OffBalance = "7001";

    private readonly Dictionary<(int Period, string Branch, string Subject), decimal> _balances = [];

    public static IReadOnlyList<string> Subjects { get; } = [CorporateLoans, Discounts, RetailLoans, OffBalance];

    public void Book(int periodIndex, string branch, string subject, decimal amount, string currency)
    {
        var key = (periodIndex, branch, subject);
        _balances[key] = _balances.GetValueOrDefault(key) + Money.ToCnyYuan(amount, fx.RateAt(periodIndex, currency));
    }

    public decimal BalanceOf(int periodIndex, string branch, string subject) =>
        _balances.GetValueOrDefault((periodIndex, branch, subject));
}
