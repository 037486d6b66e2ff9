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
            return (null, $"a damaged zip container ({e.Message})");
        }
        catch (XmlException e)
        {
            return (null, $"an Office package whose {ContentTypesPart} or {RelationshipsPart} is not well-formed XML ({e.Message})");
        }
    }

    private static string? StructureRefusal(ZipArchive zip, out EvidenceKind kind)
    {
        kind = default;
        if (zip.Entries.Count > EvidenceLimits.MaxZipEntries)
        {
            return $"a zip container with {zip.Entries.Count} entries, more than {EvidenceLimits.MaxZipEntries}";
        }

        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(ContentTypesPart))
        {
            return $"a zip file, but not an Office document (no {ContentTypesPart})";
        }

        if (!names.Contains(RelationshipsPart))
        {
            return $"an Office package without its relationships part ({RelationshipsPart})";
        }

        var mains = MainParts.Where(m => names.Contains(m.Part)).ToList();
        if (mains.Count != 1)
        {
            return mains.Count == 0
                ? "an Office container that is neither a Word document (no word/document.xml) nor an Excel workbook (no xl/workbook.xml)"
                : "an Office container that claims to be both a Word document and an Excel workbook";
        }

        kind = mains[0].Kind;
        var declared = PackageParts.DeclaredTypes(zip.GetEntry(ContentTypesPart)!);
        PackageParts.CheckWellFormed(zip.GetEntry(RelationshipsPart)!);
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.Contains("/activeX/", StringComparison.OrdinalIgnoreCase))
            || declared.Values.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
        {
            return $"a {ContentInspector.Name(kind)} with macros or ActiveX controls; save it without macros";
        }

        return declared.TryGetValue("/" + mains[0].Part, out var type) && string.Equals(type, mains[0].ContentType, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"a {ContentInspector.Name(kind)} whose main part /{mains[0].Part} is not declared as {mains[0].ContentType} in {ContentTypesPart}";
    }
}
