namespace RiskReporting.Evidence.Notices;

/// <summary>A notice refused whole (disputes.md), with every problem found, not only the first.</summary>
public sealed class NoticeRejectedException(IReadOnlyList<NoticeProblem> problems)
    : Exception($"核查通知被拒收，未导入任何内容 (notice refused, nothing imported)：共 {problems.Count} 个问题：" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<NoticeProblem> Problems { get; } = problems;
}
