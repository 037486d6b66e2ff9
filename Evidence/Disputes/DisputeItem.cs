namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// One item of a notice with its handling: the branch it is assigned to (head office, flagged, when no
/// branch could be found), the branch's due date, the state, the answer, and the overrides an approved
/// RESULT 2 created (their ids, comma-separated).
/// </summary>
public sealed record DisputeItem(
    string Notice,
    int Seq,
    NoticeLine Line,
    string BranchCode,
    bool Unassigned,
    DateOnly BranchDue,
    DisputeState State,
    DisputeAnswer? Answer,
    string? AnsweredBy,
    string? OverrideIds,
    DateTimeOffset UpdatedAt)
{
    public string DisputeId => Line.DisputeId;

    /// <summary>Past the branch's due date (Shanghai day) and not yet with credit management or sent.</summary>
    public bool IsOverdue(DateOnly today) => today > BranchDue && State is DisputeState.Assigned or DisputeState.InProgress or DisputeState.Returned;
}
