namespace RiskReporting.DemoBank;

/// <summary>How far generation has come: the phase, and done out of total units of it.</summary>
public sealed record DemoBankProgress(string Phase, long Done, long Total);
