namespace RiskReporting.Core.State;

/// <summary>
/// A batch's 文字说明 (客户信息统计制度 第17–18条): the operator's written explanation of the month, stored with
/// the batch it explains (a rerun replaces the batch and so drops it). Its writer is a maker of the batch.
/// </summary>
public sealed record Statement(string RunId, Periods.ReportingPeriod Period, int Batch, string Text, string By, DateTimeOffset At);
