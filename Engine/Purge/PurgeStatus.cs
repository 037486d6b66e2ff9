using RiskReporting.Core.State;

namespace RiskReporting.Engine.Purge;

/// <summary>A purge request with the approval chain in force: which steps are in and which position is needed next (null when all are in).</summary>
public sealed record PurgeStatus(PurgeRequest Request, IReadOnlyList<string> Chain)
{
    public string? NextPosition => Request.Approvals.Count < Chain.Count ? Chain[Request.Approvals.Count] : null;

    public bool Executed => Request.ExecutedAt is not null;
}
