using System.IO.Compression;
using System.Text;

namespace RiskReporting.Evidence.Tests;

/// <summary>Small real files of each kind, and hostile ones, written into a test folder.</summary>
public static class EvidenceFiles
{
    public static string Pdf(string folder, string name = "licence.pdf") =>
        Write(folder, name, Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));

    public static string Png(string folder, string name = "scan.png") =>
        Write(folder, name, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

    public static string Jpeg(string folder, string name = "photo.jpg") => Write(folder, name, [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);

    /// <summary>A Windows executable wearing a PDF's name.</summary>
    public static string ExecutableNamedPdf(string folder) => Write(folder, "invoice.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF]);

    public static string Docx(string folder, string name = "statement.docx", bool macros = false) =>
        Office(folder, name, "word/document.xml", macros ? "word/vbaProject.bin" : null, 1000);

    public static string Xlsx(string folder, string name = "financials.xlsx") => Office(folder, name, "xl/workbook.xml", null, 1000);

    /// <summary>An XLSX of a few hundred KiB that unpacks to 210 MiB of zeros.</summary>
    public static string ZipBomb(string folder) => Office(folder, "bomb.xlsx", "xl/worksheets/sheet1.xml", null, 210L * 1024 * 1024);

    /// <summary>A valid PDF padded to the given size.</summary>
    public static string LargePdf(string folder, long bytes)
    {
        var path = Path.Combine(folder, "large.pdf");
        using var file = File.Create(path);
        file.Write("%PDF-1.4\n"u8);
        file.SetLength(bytes);
        return path;
    }

    private static string Office(string folder, string name, string part, string? macroPart, long partBytes)
    {
        var path = Path.Combine(folder, name);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using (var stream = zip.CreateEntry(part).Open())
            {
                var block = new byte[1024 * 1024];
                for (var left = partBytes; left > 0; left -= block.Length)
                {
                    stream.Write(block, 0, (int)Math.Min(left, block.Length));
                }
            }

            if (macroPart is not null)
            {
                using var macro = zip.CreateEntry(macroPart).Open();
                macro.Write([0xD0, 0xCF, 0x11, 0xE0]);
            }
        }

        return path;
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
