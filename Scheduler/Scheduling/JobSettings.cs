using RiskReporting.Core.Periods;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>What the monthly job needs to know beyond its services: the first period the engine reports.</summary>
public sealed record JobSettings(ReportingPeriod FirstPeriod);
