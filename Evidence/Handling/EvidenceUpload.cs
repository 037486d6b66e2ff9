namespace RiskReporting.Evidence.Handling;

/// <summary>
/// A file handed in as evidence: where its bytes are now, and the name its owner gave it (a web upload's
/// file name, or the file's own name). The name is kept as data only.
/// </summary>
public sealed record EvidenceUpload(string Path, string OriginalName);
