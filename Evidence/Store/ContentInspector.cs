using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// Recognises an evidence file by its content, never its name, and checks it strictly: a PDF must parse as
/// one PDF with nothing after its final <c>%%EOF</c>; a PNG or JPEG must end where its format ends; an XLSX
/// or DOCX must be an OOXML package with its required parts, no macros, no archive inside it, and an inflated
/// size within <see cref="EvidenceLimits"/>. Whatever the kind, a zip archive riding at the end is refused:
/// polyglots are how executables get past a check of the first bytes.
/// </summary>
public static class ContentInspector
{
    /// <summary>The kind, or the reason the content is refused. The stream must be seekable.</summary>
    public static (EvidenceKind? Kind, string? Refusal) Inspect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        try
        {
            return Classify(content, head);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static (EvidenceKind?, string?) Classify(Stream content, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(FileSignatures.Zip))
        {
            return OfficePackage.Inspect(content);
        }

        var kind = head.StartsWith(FileSignatures.Pdf) ? EvidenceKind.Pdf
            : head.StartsWith(FileSignatures.Jpeg) ? EvidenceKind.Jpeg
            : head.StartsWith(FileSignatures.Png) ? EvidenceKind.Png
            : (EvidenceKind?)null;
        if (kind is null)
        {
            return (null, "内容不是 PDF、JPEG、PNG、XLSX 或 DOCX" + FileSignatures.Looks(head));
        }

        if (TrailingZip.IsPresent(content))
        {
            return (null, $"{Name(kind.Value)} 末尾附有 zip 压缩包：按伪装压缩包 (disguised archive) 拒收");
        }

        var refusal = kind switch
        {
            EvidenceKind.Pdf => PdfDocumentCheck.Refusal(content),
            EvidenceKind.Png => ImageCheck.PngRefusal(content),
            _ => ImageCheck.JpegRefusal(content),
        };
        return refusal is null ? (kind, null) : (null, refusal);
    }

    internal static string Name(EvidenceKind kind) => kind.ToString().ToUpperInvariant();
}
