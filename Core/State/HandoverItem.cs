namespace RiskReporting.Core.State;

/// <summary>One thing a user holds and hands over: its kind (explanation, override, dispute, statement), its id, its period and a line saying what it is.</summary>
public sealed record HandoverItem(string Kind, string ItemId, string Period, string Description);
