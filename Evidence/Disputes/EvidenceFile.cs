namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// One evidence file of an item, in upload order: the SM3 digest it is stored under, the kind its content
/// showed, its size, and the name it was uploaded with (kept as data, never used as a path).
/// </summary>
public sealed record EvidenceFile(string Notice, string DisputeId, int Seq, string Sm3, string OriginalName, EvidenceKind Kind, long Bytes, string UploadedBy, DateTimeOffset UploadedAt);
