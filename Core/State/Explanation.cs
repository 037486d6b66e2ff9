namespace RiskReporting.Core.State;

/// <summary>
/// An operator's explanation of a WARNING finding (rule and record key) in a period. One marked to carry
/// forward also explains the same rule and key in later periods while the record's reported values are
/// unchanged (ValuesDigest).
/// </summary>
public sealed record Explanation(string Id, Periods.ReportingPeriod Period, string Rule, string Key, string Text, bool CarryForward, string ValuesDigest, string By, DateTimeOffset At);
