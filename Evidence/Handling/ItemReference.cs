namespace RiskReporting.Evidence.Handling;

/// <summary>An item as a user names it: its DISPUTE_ID, and the notice when the id occurs in more than one.</summary>
public sealed record ItemReference(string DisputeId, string? Notice = null);
