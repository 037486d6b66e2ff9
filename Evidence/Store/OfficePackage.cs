using System.IO.Compression;
using System.Xml;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// An XLSX or DOCX is accepted as an OOXML package (ECMA-376 Part 2): <c>[Content_Types].xml</c> and
/// <c>_rels/.rels</c> well-formed, the main part (<c>word/document.xml</c> or <c>xl/workbook.xml</c>) present
/// and declared with its macro-free content type, no macro or ActiveX part, no archive, compound file or
/// executable inside, every part within <see cref="EvidenceLimits.MaxFileBytes"/> and the whole within
/// <see cref="EvidenceLimits.MaxUnpackedBytes"/> as actually inflated (the sizes a zip declares can lie).
/// </summary>
internal static class OfficePackage
{
    private const string ContentTypesPart = "[Content_Types].xml";

    private const string RelationshipsPart = "_rels/.rels";

    private static readonly (string Part, EvidenceKind Kind, string ContentType)[] MainParts =
    [
        ("word/document.xml", EvidenceKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("xl/workbook.xml", EvidenceKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    ];

    public static (EvidenceKind?, string?) Inspect(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var refusal = StructureRefusal(zip, out var kind) ?? PackageParts.Refusal(zip, kind);
            return refusal is null ? (kind, null) : (null, refusal);
        }
        catch (InvalidDataException e)
        {
            return (null, $"zip 容器已损坏 (damaged zip container：{e.Message})");
        }
        catch (XmlException e)
        {
            return (null, $"Office 文件的 {ContentTypesPart} 或 {RelationshipsPart} 不是格式正确的 XML (not well-formed XML：{e.Message})");
        }
    }

    private static string? StructureRefusal(ZipArchive zip, out EvidenceKind kind)
    {
        kind = default;
        if (zip.Entries.Count > EvidenceLimits.MaxZipEntries)
        {
            return $"zip 容器有 {zip.Entries.Count} 个条目 (entries)，超过 {EvidenceLimits.MaxZipEntries} 个";
        }

        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(ContentTypesPart))
        {
            return $"zip 文件，但不是 Office 文档（缺少 {ContentTypesPart}）";
        }

        if (!names.Contains(RelationshipsPart))
        {
            return $"Office 文件缺少关系部件 (relationships part) {RelationshipsPart}";
        }

        var mains = MainParts.Where(m => names.Contains(m.Part)).ToList();
        if (mains.Count != 1)
        {
            return mains.Count == 0
                ? "Office 容器既不是 Word 文档（缺少 word/document.xml），也不是 Excel 工作簿（缺少 xl/workbook.xml）"
                : "Office 容器同时声称是 Word 文档和 Excel 工作簿";
        }

        kind = mains[0].Kind;
        var declared = PackageParts.DeclaredTypes(zip.GetEntry(ContentTypesPart)!);
        PackageParts.CheckWellFormed(zip.GetEntry(RelationshipsPart)!);
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.Contains("/activeX/", StringComparison.OrdinalIgnoreCase))
            || declared.Values.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
        {
            return $"{ContentInspector.Name(kind)} 含宏 (macros) 或 ActiveX 控件：请另存为不含宏的文件";
        }

        return declared.TryGetValue("/" + mains[0].Part, out var type) && string.Equals(type, mains[0].ContentType, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{ContentInspector.Name(kind)} 的主部件 (main part) /{mains[0].Part} 在 {ContentTypesPart} 中未声明为 {mains[0].ContentType}";
    }
}
