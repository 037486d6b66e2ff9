namespace RiskReporting.Evidence.Disputes;

/// <summary>The evidence file types disputes.md accepts, recognised by content.</summary>
public enum EvidenceKind
{
    Pdf,
    Jpeg,
    Png,
    Xlsx,
    Docx,
}
