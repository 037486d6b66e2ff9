namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// Where a dispute item stands (disputes.md): ASSIGNED to a branch, IN_PROGRESS once evidence arrives,
/// SUBMITTED when the branch has answered, APPROVED or RETURNED by credit management, EXPORTED once sent.
/// </summary>
public enum DisputeState
{
    Assigned,
    InProgress,
    Submitted,
    Approved,
    Returned,
    Exported,
}
