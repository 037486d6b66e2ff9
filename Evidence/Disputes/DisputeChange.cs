using RiskReporting.Core.State;

namespace RiskReporting.Evidence.Disputes;

/// <summary>One item moved from <see cref="DisputeEvent.From"/> to its new form, with the evidence added and, for an approved RESULT 2, the overrides (one per record of the customer that reported the disputed value).</summary>
public sealed record DisputeChange(DisputeItem Changed, DisputeEvent Event, IReadOnlyList<EvidenceFile> NewFiles, IReadOnlyList<Override> Corrections);
