using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Engine.Disputes;

/// <summary>An evidence file's bytes as the evidence store holds them, the media type its checked content has, and the name it was uploaded with (data only).</summary>
public sealed record EvidenceContent(Stream Content, string ContentType, string OriginalName, EvidenceKind Kind)
{
    /// <summary>A browser shows a PDF or an image itself; office files are downloaded.</summary>
    public bool Previewable => Kind is EvidenceKind.Pdf or EvidenceKind.Png or EvidenceKind.Jpeg;

    public static string ContentTypeOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "application/pdf",
        EvidenceKind.Png => "image/png",
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        EvidenceKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
