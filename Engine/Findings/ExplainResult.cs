using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Findings;

/// <summary>The batch whose findings were explained and how many.</summary>
public sealed record ExplainResult(RunRecord Run, int Explained);
