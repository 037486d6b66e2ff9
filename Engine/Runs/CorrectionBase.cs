using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Runs;

/// <summary>What a correction run corrects: the published batch it follows, and the reason it gives.</summary>
public sealed record CorrectionBase(RunRecord Published, string Reason);
