using Bogus;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank.Source;

namespace RiskReporting.DemoBank;

/// <summary>
/// Daily CNY central parity rates on working days (Monday–Friday), a gentle random walk around
/// realistic levels, from a few weeks before the first period to the last data date. The rate for a
/// period is the latest one dated on or before D, exactly as extraction reads it.
/// </summary>
public sealed class FxTable
{
    private static readonly (string Currency, decimal Level)[] Levels =
        [("EUR", 7.784656m), ("GBP", 9.075110m), ("HKD", 0.911158m), ("JPY", 0.047813m), ("USD", 7.102300m)];

    private readonly Dictionary<(int Period, string Currency), decimal> _rateAtD = [];

    public FxTable(Randomizer random, IReadOnlyList<ReportingPeriod> periods, TableWriter writer)
    {
        var levels = Levels.ToDictionary(l => l.Currency, l => l.Level, StringComparer.Ordinal);
        var last = periods[^1].DataDate;
        for (var day = periods[0].FirstDay.AddDays(-21); day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            foreach (var (currency, _) in Levels)
            {
                var rate = Money.RoundHalfUp(levels[currency] * (1m + (decimal)random.Double(-0.002, 0.002)), 6);
                levels[currency] = rate;
                writer.Add(day, currency, rate);
                for (var i = 0; i < periods.Count; i++)
                {
                    if (day <= periods[i].DataDate)
                    {
                        _rateAtD[(i, currency)] = rate;
                    }
                }
            }
        }
    }

    public static IReadOnlyList<string> ForeignCurrencies { get; } = [.. Levels.Select(l => l.Currency)];

    /// <summary>CNY per unit of the currency at the data date of the period with the given index.</summary>
    public decimal RateAt(int periodIndex, string currency) =>
        currency == "CNY" ? 1m : _rateAtD[(periodIndex, currency)];
}
