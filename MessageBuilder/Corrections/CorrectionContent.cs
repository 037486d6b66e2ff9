namespace RiskReporting.MessageBuilder.Corrections;

/// <summary>What a correction package (BATCH &gt; 01) adds: the operator's reason and the differences from the previous batch.</summary>
public sealed record CorrectionContent(string Reason, IReadOnlyList<CorrectionEntry> Entries);
