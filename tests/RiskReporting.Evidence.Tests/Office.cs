using System.IO.Compression;
using System.Text;

namespace RiskReporting.Evidence.Tests;

/// <summary>Writes OOXML packages part by part: the minimal parts Word and Excel need, plus whatever a test adds.</summary>
public static class Office
{
    public static readonly OfficeMain Word = new("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>营业执照</w:t></w:r></w:p></w:body></w:document>");

    public static readonly OfficeMain Excel = new("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");

    /// <summary>No main part at all: content types and relationships only.</summary>
    public static readonly OfficeMain Nothing = new(null, null, null);

    public static OfficePart Part(string name, byte[] content) => new(name, zip =>
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    });

    public static OfficePart Zeros(string name, long bytes) => new(name, zip =>
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        var block = new byte[1024 * 1024];
        for (var left = bytes; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(left, block.Length));
        }
    });

    public static string Write(string path, OfficeMain main, OfficePart? extra = null, bool relationships = true)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var overrides = main.Part is null ? string.Empty : $"<Override PartName=\"/{main.Part}\" ContentType=\"{main.ContentType}\"/>";
            Text(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + $"<Default Extension=\"xml\" ContentType=\"application/xml\"/>{overrides}</Types>");
            if (relationships)
            {
                Text(zip, "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{main.Part ?? "word/document.xml"}\"/></Relationships>");
            }

            if (main.Part is not null)
            {
                Text(zip, main.Part, main.Xml!);
            }

            extra?.Add(zip);
        }

        return path;
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
