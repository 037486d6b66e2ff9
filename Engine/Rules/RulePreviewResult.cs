using RiskReporting.Core.Periods;
using RiskReporting.Extraction.Rules;

namespace RiskReporting.Engine.Rules;

/// <summary>What a candidate rule set would add, remove or change per part, against the rules in force.</summary>
public sealed record RulePreviewResult(ReportingPeriod Period, string ActiveVersion, string CandidateVersion, IReadOnlyList<RulePreview> Parts);
