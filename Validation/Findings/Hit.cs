namespace RiskReporting.Validation.Findings;

/// <summary>A rule broken at a place, before the catalogue gives it its severity and message.</summary>
public sealed record Hit(string Rule, string Part, string Key, string Field, string Value, string Branch);
