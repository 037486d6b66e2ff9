namespace RiskReporting.Extraction.Rules;

/// <summary>Broken rule files: every problem with its file, line and, where known, column.</summary>
public sealed class RuleFileException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : $"{problems.Count} problems in the extraction rules: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
