namespace RiskReporting.Core.State;

/// <summary>A finding of a run as the state store keeps it (the findings.csv row).</summary>
public sealed record StoredFinding(string Rule, string Severity, string Part, string Key, string Field, string Value, string Branch, string Message);
