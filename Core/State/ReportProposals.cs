namespace RiskReporting.Core.State;

/// <summary>The improvement proposals an operator wrote for one analysis report (第19条), as stored.</summary>
/// <param name="Report">The report's label: 2026Q3, or 2026 for the year.</param>
public sealed record ReportProposals(string Report, string Text, string By, DateTimeOffset At);
