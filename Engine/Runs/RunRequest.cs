using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Runs;

/// <summary>What a run is asked to do: the period, who starts it, and for `correct` why.</summary>
/// <param name="CorrectionReason">Set for a correction: the run becomes batch N+1 of a published period and carries a correction file.</param>
/// <param name="UnlessRun">The scheduler's request: do nothing when a run of the period already reached a stable state (checked under the period's lock).</param>
public sealed record RunRequest(ReportingPeriod Period, string StartedBy, string? CorrectionReason = null, bool UnlessRun = false);
