using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Handling;

/// <summary>An item with its evidence files and its history, for <c>disputes show</c>.</summary>
public sealed record ItemDetails(DisputeItem Item, DisputeNotice Notice, IReadOnlyList<EvidenceFile> Files, IReadOnlyList<DisputeEvent> History, bool Overdue);
