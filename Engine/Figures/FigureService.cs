using RiskReporting.Core.Codes;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;

namespace RiskReporting.Engine.Figures;

/// <summary>
/// The figures behind the batch page's charts, recomputed from the stored records through <see cref="BatchFigures"/>
/// (which keeps a finished run's indicators, so a page load reads the snapshot once per run, not once per view).
/// Bank-wide totals: a branch user, who sees its own branch only, is refused them.
/// </summary>
public sealed class FigureService(IStateStore store, BatchFigures figures)
{
    /// <summary>How many months the month-over-month chart covers, the batch's own included.</summary>
    public const int TrendMonths = 6;

    public async Task<BatchCharts> ChartsAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireReader(actor);
        if (actor.BranchCode is { } branch)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"'{actor}' 只能查看本机构 {branch} 的校验结果，全行指标图表不对分支机构开放。");
        }

        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        var month = await figures.OfAsync(run, cancellationToken);
        var fiveClass = CodeLists.Embedded["five_class"];
        var classes = MonthIndicators.Classes.Select(c => new ChartPoint(c, fiveClass.NameOf(c), month.FiveClass.GetValueOrDefault(c)))
            .Concat(month.FiveClass.Where(p => !fiveClass.Contains(p.Key)).Select(p => new ChartPoint(p.Key, p.Key, p.Value)))
            .ToList();
        var industry = month.Industry.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ChartPoint(p.Key, IndustrySections.Label(p.Key), p.Value)).ToList();
        return new BatchCharts(run, industry, classes, await TrendAsync(period, month, cancellationToken));
    }

    private async Task<List<MonthTotals>> TrendAsync(ReportingPeriod period, MonthIndicators current, CancellationToken cancellationToken)
    {
        var months = new List<MonthTotals> { Totals(current, isCurrent: true) };
        var earlier = period;
        for (var i = 1; i < TrendMonths; i++)
        {
            earlier = earlier.Previous;
            if (await figures.PublishedIndicatorsAsync(earlier, cancellationToken) is { } published)
            {
                months.Add(Totals(published, isCurrent: false));
            }
        }

        months.Reverse();
        return months;
    }

    private static MonthTotals Totals(MonthIndicators month, bool isCurrent) =>
        new(month.Period.ToString(), month.Batch, isCurrent, month.CreditLines, month.TotalExposure, month.LoanBalance, month.Customers);
}
