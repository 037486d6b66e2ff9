namespace RiskReporting.Evidence.Notices;

/// <summary>A notice refused whole (disputes.md), with every problem found, not only the first.</summary>
public sealed class NoticeRejectedException(IReadOnlyList<NoticeProblem> problems)
    : Exception($"The notice is refused, nothing was imported ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<NoticeProblem> Problems { get; } = problems;
}
