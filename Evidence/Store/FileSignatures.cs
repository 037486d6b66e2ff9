namespace RiskReporting.Evidence.Store;

/// <summary>The first bytes that name a format, for the kinds we accept and for the ones we must refuse.</summary>
internal static class FileSignatures
{
    public static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    public static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    public static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ReadOnlySpan<byte> Zip => "PK\u0003\u0004"u8;

    /// <summary>What a file that is not an accepted kind looks like, said after the refusal ("" when unknown).</summary>
    public static string Looks(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) ? "（实为 Windows 可执行文件 (executable)）"
        : head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) ? "（实为 ELF 可执行文件 (executable)）"
        : head.StartsWith("#!"u8) ? "（实为脚本 (script)）"
        : head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? "（实为旧版二进制 Office 文件 .doc 或 .xls，请另存为 DOCX、XLSX 或 PDF）"
        : string.Empty;

    /// <summary>
    /// The container or executable a part of a package is, or null: archives (zip, gzip, 7z, RAR, bzip2, xz,
    /// cabinet, tar), compound files (embedded OLE objects, which carry any file) and executables.
    /// </summary>
    public static string? Embedded(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8) || head.StartsWith("PK\u0007\u0008"u8))
        {
            return "zip 压缩包 (archive)";
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) ? "gzip 压缩包 (archive)"
            : head.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) ? "7z 压缩包 (archive)"
            : head.StartsWith("Rar!\u001A\u0007"u8) ? "RAR 压缩包 (archive)"
            : head.StartsWith("BZh"u8) ? "bzip2 压缩包 (archive)"
            : head.StartsWith((ReadOnlySpan<byte>)[0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) ? "xz 压缩包 (archive)"
            : head.StartsWith("MSCF"u8) ? "cabinet 压缩包 (archive)"
            : head.Length > 262 && head[257..262].SequenceEqual("ustar"u8) ? "tar 压缩包 (archive)"
            : head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? "嵌入的 OLE 对象 (embedded OLE object)"
            : head.StartsWith("MZ"u8) ? "Windows 可执行文件 (executable)"
            : head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) ? "ELF 可执行文件 (executable)"
            : null;
    }
}
