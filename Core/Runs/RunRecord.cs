using RiskReporting.Core.Periods;

namespace RiskReporting.Core.Runs;

/// <summary>A run of one period and batch as the state store keeps it.</summary>
public sealed record RunRecord(string RunId, ReportingPeriod Period, int Batch, RunState State, string StartedBy, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, string? Failure, string? RuleSetVersion, string? PackageName, string? PackageSha256);
