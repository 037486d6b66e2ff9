using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace RiskReporting.Evidence.Tests;

/// <summary>Small real files of each kind, and hostile ones, written into a test folder.</summary>
public static class EvidenceFiles
{
    /// <summary>A 4×4 grey JPEG written by libjpeg-turbo's cjpeg (quality 75).</summary>
    private const string JpegBase64 =
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAEAAQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwAooooA/9k=";

    private static readonly byte[] PeHeader = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8, 0, 0, 0];

    private static readonly byte[] ElfHeader = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0];

    public static string Pdf(string folder, string name = "licence.pdf") => Write(folder, name, PdfBytes());

    /// <summary>A one-page PDF written by PdfPig's builder: a real document with a page tree, a font and a cross-reference table.</summary>
    public static byte[] PdfBytes() => [.. OnePagePdf.Value];

    private static readonly Lazy<byte[]> OnePagePdf = new(BuildPdf);

    private static byte[] BuildPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Business licence", 12, new PdfPoint(25, 700), font);
        return builder.Build();
    }

    public static string Png(string folder, string name = "scan.png") => Write(folder, name, PngImage.Grey(4, 4));

    public static string Jpeg(string folder, string name = "photo.jpg") => Write(folder, name, Convert.FromBase64String(JpegBase64));

    /// <summary>A Windows executable wearing a PDF's name.</summary>
    public static string ExecutableNamedPdf(string folder) => Write(folder, "invoice.pdf", PeHeader);

    /// <summary>A real PDF followed by a zip that holds a Windows executable.</summary>
    public static string PdfThenZipWithExe(string folder) => Write(folder, "polyglot-zip.pdf", [.. PdfBytes(), .. ZipHolding("setup.exe", PeHeader)]);

    public static string PdfThenPe(string folder) => Write(folder, "polyglot-pe.pdf", [.. PdfBytes(), .. PeHeader]);

    public static string PdfThenElf(string folder) => Write(folder, "polyglot-elf.pdf", [.. PdfBytes(), .. ElfHeader]);

    /// <summary>A PDF header and an end marker around a Windows executable: the shape of a file that only starts like a PDF.</summary>
    public static string PdfShellAroundPe(string folder) =>
        Write(folder, "shell.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. PeHeader, .. "\n%%EOF\n"u8.ToArray()]);

    public static string JpegThenZip(string folder) => Write(folder, "polyglot.jpg", [.. Convert.FromBase64String(JpegBase64), .. ZipHolding("run.exe", PeHeader)]);

    public static string PngThenElf(string folder) => Write(folder, "polyglot.png", [.. PngImage.Grey(4, 4), .. ElfHeader]);

    public static string Docx(string folder, string name = "statement.docx", bool macros = false) =>
        Office.Write(Path.Combine(folder, name), Office.Word, macros ? Office.Part("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]) : null);

    public static string Xlsx(string folder, string name = "financials.xlsx") => Office.Write(Path.Combine(folder, name), Office.Excel);

    /// <summary>An XLSX of a few hundred KiB that unpacks to 210 MiB of zeros.</summary>
    public static string ZipBomb(string folder) =>
        Office.Write(Path.Combine(folder, "bomb.xlsx"), Office.Excel, Office.Zeros("xl/worksheets/sheet1.xml", 210L * 1024 * 1024));

    /// <summary>A "docx" with no <c>word/document.xml</c>, holding a zip that holds a zip of 210 MiB of zeros.</summary>
    public static string NestedZipBombWithoutDocument(string folder) =>
        Office.Write(Path.Combine(folder, "nested-bomb.docx"), Office.Nothing, Office.Part("word/embeddings/inner.zip", NestedBomb()));

    /// <summary>A complete DOCX that also holds the nested zip bomb among its embeddings.</summary>
    public static string DocxHoldingNestedZipBomb(string folder) =>
        Office.Write(Path.Combine(folder, "embedded-bomb.docx"), Office.Word, Office.Part("word/embeddings/inner.zip", NestedBomb()));

    public static string DocxWithoutRelationships(string folder) =>
        Office.Write(Path.Combine(folder, "norels.docx"), Office.Word, relationships: false);

    /// <summary>A valid PDF padded to the given size with NUL, which PDF counts as white space after %%EOF.</summary>
    public static string LargePdf(string folder, long bytes)
    {
        var path = Path.Combine(folder, "large.pdf");
        using var file = File.Create(path);
        file.Write(PdfBytes());
        file.SetLength(bytes);
        return path;
    }

    public static byte[] ZipHolding(string name, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return buffer.ToArray();
    }

    private static byte[] NestedBomb()
    {
        using var inner = new MemoryStream();
        using (var zip = new ZipArchive(inner, ZipArchiveMode.Create, leaveOpen: true))
        {
            Office.Zeros("zeros.bin", 210L * 1024 * 1024).Add(zip);
        }

        return ZipHolding("inner.zip", inner.ToArray());
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
