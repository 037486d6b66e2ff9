using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Findings;

/// <summary>Which findings of a period's latest batch to list, one page at a time (pages count from 1).</summary>
public sealed record FindingFilter(ReportingPeriod Period, string? Rule = null, string? Severity = null, string? Part = null, string? Branch = null, string? KeyPrefix = null, int Page = 1, int PageSize = 100);
