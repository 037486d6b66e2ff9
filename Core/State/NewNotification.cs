namespace RiskReporting.Core.State;

/// <summary>
/// A notification to put in the outbox: the period (YYYYMM) and event it is about, who is to get it
/// (<c>operators</c>, <c>role:ROLE</c>, <c>branch:BRANCH_CODE</c>, comma-separated; resolved against
/// Notifications:* when sent), and its subject and body. No personal data: codes, counts, run ids.
/// </summary>
public sealed record NewNotification(string Period, string Event, string Audience, string Subject, string Body);
