using RiskReporting.Extraction.Rules;

namespace RiskReporting.Engine.Rules;

/// <summary>The rule sets loaded (none when a file is broken) and every problem found, each with file, line and column.</summary>
public sealed record RuleCheckResult(string Source, IReadOnlyList<RuleSet> Sets, IReadOnlyList<string> Problems);
