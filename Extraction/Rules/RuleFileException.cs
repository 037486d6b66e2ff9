namespace RiskReporting.Extraction.Rules;

/// <summary>Broken rule files: every problem with its file, line and, where known, column.</summary>
public sealed class RuleFileException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : $"抽取规则 (extraction rules) 中有 {problems.Count} 个问题：" + string.Join("；", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
