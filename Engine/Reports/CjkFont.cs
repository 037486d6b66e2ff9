using System.Buffers.Binary;
using System.IO.Abstractions;
using PdfSharp.Fonts;

namespace RiskReporting.Engine.Reports;

/// <summary>
/// The CJK font PDFsharp draws with (it has no font of its own on Linux): the first face of WenQuanYi Zen Hei
/// (fonts-wqy-zenhei), taken out of its TrueType collection, since PDFsharp reads single fonts only.
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string Path = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    public const string Face = "wqy-zenhei";

    private static readonly Lock Gate = new();
    private readonly byte[] _font;

    private CjkFont(byte[] font) => _font = font;

    /// <summary>Installs the resolver once per process; refused with what to install when the font is absent.</summary>
    public static void Install(IFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkFont)
            {
                return;
            }

            if (!fileSystem.File.Exists(Path))
            {
                throw new RefusalException(RefusalCode.InvalidConfiguration, $"无法生成 PDF：缺少中文字体 {Path}（请安装 fonts-wqy-zenhei：apt-get install fonts-wqy-zenhei）。");
            }

            GlobalFontSettings.FontResolver = new CjkFont(FirstFace(fileSystem.File.ReadAllBytes(Path)));
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face);

    public byte[]? GetFont(string faceName) => _font;

    /// <summary>The collection's first font as a stand-alone sfnt: its table directory, then its tables, each 4-byte aligned, with the offsets rewritten.</summary>
    private static byte[] FirstFace(byte[] collection)
    {
        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12));
        int count = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(start + 4));
        var directory = 12 + 16 * count;
        var tables = Enumerable.Range(0, count).Select(i => start + 12 + 16 * i)
            .Select(r => (Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(r + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(r + 12)))).ToList();
        var font = new byte[directory + tables.Sum(t => (t.Length + 3) & ~3)];
        collection.AsSpan(start, directory).CopyTo(font);
        var position = directory;
        for (var i = 0; i < count; i++)
        {
            collection.AsSpan(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)position);
            position += (tables[i].Length + 3) & ~3;
        }

        return font;
    }
}
