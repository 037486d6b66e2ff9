using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Handling;

/// <summary>The notice and its items; <see cref="AlreadyImported"/> when the same notice was imported before and nothing changed.</summary>
public sealed record ImportResult(DisputeNotice Notice, IReadOnlyList<DisputeItem> Items, bool AlreadyImported);
