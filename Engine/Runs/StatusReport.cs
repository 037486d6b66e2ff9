using RiskReporting.Core.Runs;
using RiskReporting.Engine.Findings;

namespace RiskReporting.Engine.Runs;

/// <summary>What `status` shows: runs, deadlines, the calendar years missing, and one period's findings in detail.</summary>
/// <param name="CalendarYearsMissing">This year or next when the working-day calendar has no file for it (Monday–Friday count until it is added).</param>
public sealed record StatusReport(IReadOnlyList<RunRecord> Runs, IReadOnlyList<SubmissionStatus> Deadlines, IReadOnlyList<int> CalendarYearsMissing, string CalendarDirectory, PeriodFindings? Detail);
