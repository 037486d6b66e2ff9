using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Overrides;

/// <summary>A manual adjustment (补录) of one field of one record, with the reason the core system cannot be fixed in time.</summary>
public sealed record OverrideRequest(ReportingPeriod Period, string Part, string Key, string Field, string Value, string Reason);
