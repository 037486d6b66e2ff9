namespace RiskReporting.Validation.Findings;

/// <summary>One row of findings.csv (message-format.md, "Findings file").</summary>
public sealed record Finding(string Rule, Severity Severity, string Part, string Key, string Field, string Value, string Branch, string Message);
