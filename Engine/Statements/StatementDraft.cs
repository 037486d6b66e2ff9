using System.Globalization;
using System.Text;
using RiskReporting.Core.Codes;

namespace RiskReporting.Engine.Statements;

/// <summary>
/// The pre-filled 文字说明 (第18条): the month's main indicators, their change against last month and the same month
/// last year, and the headings of causes, effects and consequences for the operator to complete. Plain text, one
/// line per figure, so that a script can fill it in and `statement --file` store it.
/// </summary>
public static class StatementDraft
{
    /// <summary>The headings the operator completes; the draft leaves a prompt under each.</summary>
    public static IReadOnlyList<string> Headings { get; } = ["三、原因分析", "四、影响分析", "五、后果与改进措施"];

    public const string Prompt = "（请填写）";

    public static string Write(MonthIndicators month, MonthIndicators? lastMonth, MonthIndicators? lastYear)
    {
        ArgumentNullException.ThrowIfNull(month);
        var text = new StringBuilder();
        var classes = CodeLists.Embedded["five_class"];
        Line(text, $"{month.Period} 客户风险统计文字说明（第 {month.Batch:D2} 批）");
        Line(text, string.Empty);
        Line(text, "一、主要指标");
        Line(text, $"授信额度合计：{Wan(month.CreditLines)} 万元");
        Line(text, $"贷款余额合计：{Wan(month.LoanBalance)} 万元");
        Line(text, $"纳入统计的单一法人客户：{month.Customers} 户；集团客户：{month.Groups} 个");
        Line(text, "五级分类（占贷款余额）：" + string.Join("，", MonthIndicators.Classes.Select(c => $"{classes.NameOf(c)} {Pct(month.FiveClassShare(c))}")) +
            $"；不良合计 {Pct(month.NonPerformingShare)}");
        Line(text, "大额风险暴露（前 5 位）：");
        foreach (var (exposure, rank) in month.Exposures.Take(5).Select((e, i) => (e, i + 1)))
        {
            Line(text, $"  {rank}. {(exposure.CustType == "1" ? "集团" : "单一")} {exposure.Name}（{exposure.Code}）{Wan(exposure.Used)} 万元，占 {Pct(MonthIndicators.Share(exposure.Used, month.TotalExposure))}");
        }

        Line(text, string.Empty);
        Line(text, "二、与上月及上年同期比较");
        Compare(text, "较上月", month, lastMonth);
        Compare(text, "较上年同期", month, lastYear);
        foreach (var heading in Headings)
        {
            Line(text, string.Empty);
            Line(text, heading + "（第18条）");
            Line(text, Prompt);
        }

        return text.ToString();
    }

    /// <summary>The text as compared with the draft: line ends and trailing blanks do not make a statement different.</summary>
    public static string Normalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
    }

    private static void Compare(StringBuilder text, string label, MonthIndicators month, MonthIndicators? other)
    {
        if (other is null)
        {
            Line(text, $"{label}：无已发布的批次可比。");
            return;
        }

        Line(text, $"{label}（{other.Period}）：授信额度 {Change(month.CreditLines, other.CreditLines)}；贷款余额 {Change(month.LoanBalance, other.LoanBalance)}；" +
            $"单一法人客户 {Signed(month.Customers - other.Customers)} 户；不良占比 {Signed(month.NonPerformingShare - other.NonPerformingShare)} 个百分点");
    }

    private static string Change(decimal now, decimal then) =>
        then == 0 ? $"{Signed(now - then)} 万元" : $"{Signed(now - then)} 万元（{Signed(Math.Round((now - then) * 100 / then, 2, MidpointRounding.AwayFromZero))}%）";

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Wan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Pct(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
