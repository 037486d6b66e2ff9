using RiskReporting.Core.Runs;

namespace RiskReporting.Engine.Approval;

/// <summary>The batch approved and published, and where its package now stands in the outbox.</summary>
public sealed record ApprovalResult(RunRecord Run, string OutboxPath);
