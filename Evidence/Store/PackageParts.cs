using System.IO.Compression;
using System.Xml;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Store;

/// <summary>Reads the parts of an Office package: declared content types, well-formedness, and every part inflated and looked at.</summary>
internal static class PackageParts
{
    private const int HeadBytes = 512;

    private static readonly XmlReaderSettings Strict = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 4 * 1024 * 1024,
    };

    /// <summary>Part name → content type, from the <c>Override</c> elements of <c>[Content_Types].xml</c>.</summary>
    public static Dictionary<string, string> DeclaredTypes(ZipArchiveEntry contentTypes)
    {
        var declared = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var stream = contentTypes.Open();
        using var reader = XmlReader.Create(stream, Strict);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override"
                && reader.GetAttribute("PartName") is { } part && reader.GetAttribute("ContentType") is { } type)
            {
                declared[part] = type;
            }
        }

        return declared;
    }

    public static void CheckWellFormed(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Strict);
        while (reader.Read())
        {
        }
    }

    /// <summary>Inflates every part, refusing an archive, compound file or executable inside and a part or whole beyond the limits.</summary>
    public static string? Refusal(ZipArchive zip, EvidenceKind kind)
    {
        var total = 0L;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var head = new byte[HeadBytes];
            var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (FileSignatures.Embedded(head.AsSpan(0, headLength)) is { } embedded)
            {
                return $"{ContentInspector.Name(kind)} 内含{embedded}（{entry.FullName}）：文档中嵌有压缩包或程序，不予接收";
            }

            var part = (long)headLength;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                part += read;
                if (part > EvidenceLimits.MaxFileBytes || total + part > EvidenceLimits.MaxUnpackedBytes)
                {
                    return $"{ContentInspector.Name(kind)} 的部件 {entry.FullName} 解压后超过限额：疑为压缩炸弹 (zip bomb)，不予接收";
                }
            }

            total += part;
        }

        return null;
    }
}
