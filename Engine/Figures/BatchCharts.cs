using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Figures;

/// <summary>
/// The batch page's charts (issue #15): the loan balance by industry section (门类) and by five-category class, and the
/// month-over-month totals of the main parts, oldest month first, ending with the batch itself.
/// </summary>
public sealed record BatchCharts(RunRecord Run, IReadOnlyList<ChartPoint> Industry, IReadOnlyList<ChartPoint> FiveClass, IReadOnlyList<MonthTotals> Months);
