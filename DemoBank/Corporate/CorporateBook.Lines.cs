namespace RiskReporting.DemoBank.Corporate;

public sealed partial class CorporateBook
{
    /// <summary>
    /// Own credit lines of a customer, active over every generated period, plus now and then an
    /// expired or closed line that carries no business (the history a real core system keeps).
    /// </summary>
    public List<CreditLine> WriteOwnLines(CorporateCustomer customer, decimal? exactLimit = null)
    {
        var ctx = Ctx;
        var lines = new List<CreditLine>();
        var count = exactLimit is null ? ctx.Random.Double() switch { < 0.06 => 0, < 0.85 => 1, _ => 2 } : 1;
        for (var i = 0; i < count; i++)
        {
            var currency = exactLimit is null && ctx.Chance(0.05) ? "USD" : "CNY";
            var limit = exactLimit ?? ctx.LogUniform(2_000_000m, 2_000_000_000m) / (currency == "USD" ? 7m : 1m);
            limit = exactLimit ?? Math.Round(limit / 10_000m, 0) * 10_000m;
            lines.Add(WriteLine("SX", "CUST", customer.Code, currency, limit));
        }

        if (ctx.Chance(0.08))
        {
            var start = ctx.FirstDate.AddYears(-4);
            ctx.Tables.Line.Add(ctx.Next("SX", 10), "CUST", customer.Code, "CNY", ctx.LogUniform(1_000_000m, 100_000_000m), start, start.AddYears(2), ctx.Chance(0.5) ? "CLOSED" : "ACTIVE");
        }

        return lines;
    }

    public CreditLine WriteLine(string prefix, string holderKind, string holderCode, string currency, decimal limit)
    {
        var ctx = Ctx;
        var start = ctx.DateBetween(ctx.FirstDate.AddYears(-2), ctx.Periods[0].FirstDay.AddDays(-1));
        var end = ctx.DateBetween(ctx.LastDate.AddMonths(6), ctx.LastDate.AddYears(3));
        var line = new CreditLine(ctx.Next(prefix, 10), currency, limit);
        ctx.Tables.Line.Add(line.CreditNo, holderKind, holderCode, currency, limit, start, end, "ACTIVE");
        return line;
    }
}
