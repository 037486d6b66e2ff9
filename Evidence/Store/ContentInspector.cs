using System.IO.Compression;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// Recognises an evidence file by its content, never its name: PDF, JPEG and PNG by their signatures;
/// XLSX and DOCX as zip containers with <c>[Content_Types].xml</c> and their <c>xl/</c> or <c>word/</c>
/// parts, refused when they carry macros or unpack beyond <see cref="EvidenceLimits.MaxUnpackedBytes"/>.
/// </summary>
public static class ContentInspector
{
    /// <summary>The kind, or the reason the content is refused.</summary>
    public static (EvidenceKind? Kind, string? Refusal) Inspect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8))
        {
            return (EvidenceKind.Pdf, null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (EvidenceKind.Jpeg, null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return (EvidenceKind.Png, null);
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return InspectOfficeFile(content);
        }

        return (null, "content is not PDF, JPEG, PNG, XLSX or DOCX" + Looks(head));
    }

    private static (EvidenceKind?, string?) InspectOfficeFile(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > EvidenceLimits.MaxZipEntries)
            {
                return (null, $"a zip container with {zip.Entries.Count} entries, more than {EvidenceLimits.MaxZipEntries}");
            }

            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml"))
            {
                return (null, "a zip file, but not an Office document (no [Content_Types].xml)");
            }

            var kind = names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? EvidenceKind.Docx
                : names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? EvidenceKind.Xlsx
                : (EvidenceKind?)null;
            if (kind is null)
            {
                return (null, "an Office container that is neither a Word (DOCX) nor an Excel (XLSX) document");
            }

            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.Contains("/activeX/", StringComparison.OrdinalIgnoreCase))
                || ContentTypes(zip).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return (null, $"a {kind.Value.ToString().ToUpperInvariant()} with macros or ActiveX controls; save it without macros");
            }

            var unpacked = UnpackedBytes(zip);
            return unpacked > EvidenceLimits.MaxUnpackedBytes
                ? (null, $"unpacks to more than {EvidenceLimits.MaxUnpackedBytes / 1024 / 1024} MiB; refused as a possible zip bomb")
                : (kind, null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"a damaged zip container ({e.Message})");
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static string ContentTypes(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open());
        var buffer = new char[256 * 1024];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
    }

    /// <summary>Inflates every entry and counts, stopping at the bound: the sizes a zip declares can lie.</summary>
    private static long UnpackedBytes(ZipArchive zip)
    {
        var total = 0L;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > EvidenceLimits.MaxUnpackedBytes)
                {
                    return total;
                }
            }
        }

        return total;
    }

    private static string Looks(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) ? " (it is a Windows executable)"
        : head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) ? " (it is an ELF executable)"
        : head.StartsWith("#!"u8) ? " (it is a script)"
        : head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? " (it is an old binary Office file, .doc or .xls; save it as DOCX, XLSX or PDF)"
        : string.Empty;
}
