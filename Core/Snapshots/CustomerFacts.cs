namespace RiskReporting.Core.Snapshots;

/// <summary>
/// What the rules need about an in-scope customer beyond its records: the sum of all its shareholders'
/// ratios and how many structure dates they carry (LJX-004, LJX-005 look past the top five of B3P3),
/// and the date it was closed (TS-DQ-009).
/// </summary>
public sealed record CustomerFacts(decimal ShareRatioSum, int StructureDates, DateOnly? ClosedOn);
