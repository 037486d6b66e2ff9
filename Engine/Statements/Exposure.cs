namespace RiskReporting.Engine.Statements;

/// <summary>One customer's or group's exposure in a batch: Σ B1P1 USED_TOTAL over its lines (万元). CustType 1 is a group, 2 a single customer.</summary>
public sealed record Exposure(string CustType, string Code, string Name, decimal Used);
