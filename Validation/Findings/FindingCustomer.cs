namespace RiskReporting.Validation.Findings;

/// <summary>The customer or group a finding is about, as the findings workbook shows it (code and name).</summary>
public sealed record FindingCustomer(string Code, string Name);
