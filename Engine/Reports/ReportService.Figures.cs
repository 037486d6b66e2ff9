using RiskReporting.Core.Codes;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Statements;

namespace RiskReporting.Engine.Reports;

public sealed partial class ReportService
{
    public const string TrendHeading = "一、各月主要指标及趋势";
    public const string TopCustomersHeading = "二、集中度：前十大单一客户";
    public const string TopGroupsHeading = "三、集中度：前十大集团客户";
    public const string MigrationHeading = "四、五级分类迁徙（首月至末月，笔数）";
    public const string IndustryHeading = "五、行业分布（末月贷款余额）";
    public const string RegionHeading = "六、地区分布（末月贷款余额）";

    private static ReportSection Trend(List<MonthIndicators> months)
    {
        List<IReadOnlyList<string>> rows = [.. months.Select(m => (IReadOnlyList<string>)[m.Period.ToString(), m.Batch.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            Wan(m.CreditLines), Wan(m.LoanBalance), Int(m.Customers), Int(m.Groups), Pct(m.NonPerformingShare)])];
        var first = months[0];
        var last = months[^1];
        rows.Add(["首末月变动", string.Empty, Wan(last.CreditLines - first.CreditLines), Wan(last.LoanBalance - first.LoanBalance), Int(last.Customers - first.Customers),
            Int(last.Groups - first.Groups), Pct(last.NonPerformingShare - first.NonPerformingShare)]);
        return new ReportSection(TrendHeading, ["月份", "批次", "授信额度", "贷款余额", "单一法人客户", "集团客户", "不良占比%"], rows, Chart: ReportCharts.Trend(months));
    }

    private static IEnumerable<ReportSection> Concentration(MonthIndicators last)
    {
        foreach (var (type, heading) in new[] { ("2", TopCustomersHeading), ("1", TopGroupsHeading) })
        {
            var top = last.Exposures.Where(e => e.CustType == type).Take(10).ToList();
            List<IReadOnlyList<string>> rows = [.. top.Select((e, i) => (IReadOnlyList<string>)[Int(i + 1), e.Code, e.Name, Wan(e.Used), Pct(MonthIndicators.Share(e.Used, last.TotalExposure))])];
            yield return new ReportSection(heading, ["排名", "代码", "名称", "风险暴露", "占全部暴露%"], rows,
                $"前十合计 {Wan(top.Sum(e => e.Used))} 万元，占全部风险暴露 {Pct(MonthIndicators.Share(top.Sum(e => e.Used), last.TotalExposure))}%（{last.Period}）。");
        }
    }

    /// <summary>Each loan (by RECEIPT_NO) from its class in the first month to its class in the last; 新增 and 收回 for loans in one month only.</summary>
    /// <remarks>Its chart is the last month's five-category distribution (shares of the loan balance).</remarks>
    private async Task<ReportSection> MigrationAsync(RunRecord first, RunRecord last, MonthIndicators lastMonth, CancellationToken cancellationToken)
    {
        var from = await ClassesAsync(first, cancellationToken);
        var to = await ClassesAsync(last, cancellationToken);
        var classes = CodeLists.Embedded["five_class"];
        List<string> columns = [.. MonthIndicators.Classes, "收回"];
        List<IReadOnlyList<string>> rows = [];
        foreach (var origin in MonthIndicators.Classes.Append("新增"))
        {
            var loans = origin == "新增" ? to.Keys.Where(k => !from.ContainsKey(k)) : from.Where(f => f.Value == origin).Select(f => f.Key);
            var counts = loans.GroupBy(k => to.TryGetValue(k, out var c) ? c : "收回").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            rows.Add([origin == "新增" ? "新增" : classes.NameOf(origin), .. columns.Select(c => Int(counts.GetValueOrDefault(c)))]);
        }

        return new ReportSection(MigrationHeading, ["首月＼末月", .. MonthIndicators.Classes.Select(classes.NameOf), "收回"], rows, $"{first.Period} → {last.Period}",
            ReportCharts.FiveClass(lastMonth, classes.NameOf));
    }

    private async Task<Dictionary<string, string>> ClassesAsync(RunRecord run, CancellationToken cancellationToken) =>
        (await store.LoadRecordsAsync(run.RunId, ["B1P3"], cancellationToken))["B1P3"]
            .ToDictionary(r => r["RECEIPT_NO"], r => r["FIVE_CLASS"] is { Length: > 0 } c ? c : "未分类", StringComparer.Ordinal);

    private static IEnumerable<ReportSection> Mix(MonthIndicators last)
    {
        var regions = CodeLists.Embedded["region"];
        yield return new ReportSection(IndustryHeading, ["行业门类", "贷款余额", "占比%"],
            [.. last.Industry.Select(i => (IReadOnlyList<string>)[i.Key, Wan(i.Value), Pct(MonthIndicators.Share(i.Value, last.LoanBalance))])], Chart: ReportCharts.Industry(last));
        yield return new ReportSection(RegionHeading, ["省级区划", "名称", "贷款余额", "占比%"],
            [.. last.Region.Select(r => (IReadOnlyList<string>)[r.Key, regions.Contains(r.Key) ? regions.NameOf(r.Key) : string.Empty, Wan(r.Value), Pct(MonthIndicators.Share(r.Value, last.LoanBalance))])]);
    }
}
