namespace RiskReporting.Evidence.Disputes;

/// <summary>One item of a notice exactly as the regulator sent it (disputes.md, eleven fields).</summary>
public sealed record NoticeLine(
    string DisputeId,
    string CheckCode,
    string CustCode,
    string CustName,
    string Part,
    string Field,
    string ReportedValue,
    string SameInfoValue,
    string ConflictInfo,
    string PreviousValue,
    string VerifyBankCode);
