namespace RiskReporting.Core.State;

/// <summary>A 交接清单: who hands over to whom, made by which admin and when, its items, its PDF, and when the new user acknowledged it.</summary>
public sealed record Handover(
    string HandoverId,
    string From,
    string To,
    string MadeBy,
    DateTimeOffset MadeAt,
    IReadOnlyList<HandoverItem> Items,
    string PdfPath,
    string PdfSha256,
    DateTimeOffset? AcknowledgedAt = null);
