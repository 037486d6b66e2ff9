using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Response;

/// <summary>An approved item with its answer and its evidence files in upload order, as the response package lists it.</summary>
public sealed record ResponseItem(DisputeItem Item, DisputeAnswer Answer, IReadOnlyList<EvidenceFile> Files);
