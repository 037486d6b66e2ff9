using ScottPlot;
using RiskReporting.Engine.Statements;

namespace RiskReporting.Engine.Reports;

/// <summary>
/// The report's charts (ScottPlot 5, drawn by SkiaSharp), each from the same figures as the table it illustrates: the monthly
/// trend of credit lines and loan balance, the last month's five-category shares, and its industry mix. Labels are Chinese, in
/// WenQuanYi Zen Hei (the font <see cref="CjkFont"/> requires).
/// </summary>
internal static class ReportCharts
{
    private const string Font = "WenQuanYi Zen Hei";

    public static ReportChart Trend(IReadOnlyList<MonthIndicators> months)
    {
        var plot = New();
        double[] xs = [.. Enumerable.Range(0, months.Count).Select(i => (double)i)];
        var credit = plot.Add.Scatter(xs, [.. months.Select(m => (double)m.CreditLines)]);
        credit.LegendText = "授信额度";
        var loans = plot.Add.Scatter(xs, [.. months.Select(m => (double)m.LoanBalance)]);
        loans.LegendText = "贷款余额";
        plot.Axes.Bottom.SetTicks(xs, [.. months.Select(m => m.Period.ToString())]);
        plot.Axes.Left.Label.Text = "万元";
        plot.ShowLegend(Alignment.LowerRight);
        return Render(plot, "各月授信额度与贷款余额（万元）");
    }

    public static ReportChart FiveClass(MonthIndicators last, Func<string, string> nameOf)
    {
        var classes = MonthIndicators.Classes;
        return Bars([.. classes.Select(nameOf)], [.. classes.Select(c => (double)last.FiveClassShare(c))], "%", $"{last.Period} 五级分类分布（占贷款余额 %）");
    }

    public static ReportChart? Industry(MonthIndicators last) =>
        last.Industry.Count == 0 ? null : Bars([.. last.Industry.Keys], [.. last.Industry.Values.Select(v => (double)v)], "万元", $"{last.Period} 行业分布（贷款余额，万元）");

    private static ReportChart Bars(string[] labels, double[] values, string unit, string caption)
    {
        var plot = New();
        plot.Add.Bars(values);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Length).Select(i => (double)i)], labels);
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Margins(bottom: 0);
        return Render(plot, caption);
    }

    private static Plot New()
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        return plot;
    }

    private static ReportChart Render(Plot plot, string caption)
    {
        plot.Title(caption);
        plot.Font.Set(Font);
        try
        {
            return new ReportChart(caption, plot.GetImageBytes(ReportChart.Width, ReportChart.Height, ImageFormat.Png));
        }
        finally
        {
            plot.Dispose();
        }
    }
}
