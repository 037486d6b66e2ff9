namespace RiskReporting.Core.Snapshots;

/// <summary>Control characters removed from a field of a report record (finding TS-DQ-010).</summary>
public sealed record CleansingNote(string Part, string Key, string Field, string Value);
