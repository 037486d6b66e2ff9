using RiskReporting.Core.Periods;

namespace RiskReporting.Extraction;

/// <summary>What one extraction is for: the period and the scope threshold T in 万元.</summary>
public sealed record ExtractionSettings(ReportingPeriod Period, decimal ThresholdWan);
