using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Findings;

/// <summary>A bulk upload applied: the batch, how many warnings it explained, and how many of its rows named a warning already explained (left as they were).</summary>
public sealed record UploadResult(RunRecord Run, int Explained, int AlreadyExplained);
