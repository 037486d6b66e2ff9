namespace RiskReporting.Core.Amounts;

/// <summary>
/// The spec's arithmetic on amounts (README, "Currency" and "Reported amounts"): always decimal, always
/// half away from zero (四舍五入), converted per detail record so that every sum adds rounded values.
/// </summary>
public static class Money
{
    private const decimal YuanPerWan = 10_000m;

    public static decimal RoundHalfUp(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>CNY yuan of a source amount: round_half_up(amount × rate, 2).</summary>
    public static decimal ToCnyYuan(decimal amount, decimal cnyPerUnit) => RoundHalfUp(amount * cnyPerUnit, 2);

    /// <summary>万元 of a CNY yuan value: round_half_up(yuan / 10000, 2).</summary>
    public static decimal YuanToWan(decimal cnyYuan) => RoundHalfUp(cnyYuan / YuanPerWan, 2);

    /// <summary>wan(x) of report-tables.md: the 万元 value of a source amount at the period's rate.</summary>
    public static decimal Wan(decimal amount, decimal cnyPerUnit) => YuanToWan(ToCnyYuan(amount, cnyPerUnit));
}
