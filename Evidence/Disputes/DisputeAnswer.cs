namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// A branch's answer: RESULT 1 (the reported value is right) or 2 (it was wrong; the corrected value in
/// message format and the date it changed), and the explanation.
/// </summary>
public sealed record DisputeAnswer(DisputeResult Result, string? CorrectedValue, DateOnly? ChangeDate, string Explanation);
