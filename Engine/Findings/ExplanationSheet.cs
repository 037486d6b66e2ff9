using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RiskReporting.Engine.Findings;

/// <summary>
/// Reads the findings file an operator sends back with an explanation per row (issue #15): the run's findings.xlsx (sheet
/// 问题清单, or the first sheet) or a CSV (UTF-8 or GB18030), with the columns 规则代码 (or rule), 记录键 (or key) and a
/// column 情况说明 (or explanation) the operator adds; 沿用 (or carry_forward: 是/否) is optional. Rows without an
/// explanation are skipped. A hostile or oversized file is refused before it is parsed: the upload's size, the XLSX's
/// unpacked size and entry count, and the row count are bounded. Every refusal names the row and the column.
/// </summary>
public static class ExplanationSheet
{
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public const int MaxRows = 200_000;

    public const int MaxTextLength = 2_000;

    private const int MaxEntries = 64;

    private static readonly string[] RuleNames = ["规则代码", "rule"];
    private static readonly string[] KeyNames = ["记录键", "key", "record_key"];
    private static readonly string[] TextNames = ["情况说明", "说明", "explanation"];
    private static readonly string[] CarryNames = ["沿用", "carry_forward"];

    /// <summary>The rows with an explanation, in file order; a refusal (InvalidInput or RejectedFile) for a file that cannot be read as one.</summary>
    public static IReadOnlyList<ExplanationRow> Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength == 0)
        {
            throw Refused($"{fileName} 是空文件。");
        }

        if (content.LongLength > MaxUploadBytes)
        {
            throw Refused($"{fileName} 超过 {MaxUploadBytes / 1024 / 1024} MB，不予接收。");
        }

        var isZip = content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] == 3 && content[3] == 4;
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) != isZip)
        {
            throw Refused($"{fileName} 的内容与扩展名不符：只接受运行生成的 findings.xlsx 或 CSV 文件。");
        }

        try
        {
            return Rows(isZip ? XlsxTable(fileName, content) : CsvTable(fileName, content), fileName);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException)
        {
            throw Refused($"{fileName} 不是有效的 XLSX 文件：{e.Message}");
        }
    }

    private static List<ExplanationRow> Rows(IEnumerable<IReadOnlyList<string>> table, string fileName)
    {
        using var rows = table.GetEnumerator();
        if (!rows.MoveNext())
        {
            throw Refused($"{fileName} 没有表头行。");
        }

        var header = rows.Current.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var rule = Column(header, RuleNames, fileName, required: true);
        var key = Column(header, KeyNames, fileName, required: true);
        var text = Column(header, TextNames, fileName, required: true);
        var carry = Column(header, CarryNames, fileName, required: false);
        var found = new List<ExplanationRow>();
        for (var number = 2; rows.MoveNext(); number++)
        {
            if (number > MaxRows + 1)
            {
                throw Refused($"{fileName} 超过 {MaxRows:N0} 行，不予接收。");
            }

            var cells = rows.Current;
            var explanation = Cell(cells, text).Trim();
            if (explanation.Length == 0)
            {
                continue;
            }

            if (explanation.Length > MaxTextLength)
            {
                throw Refused($"{fileName} 第 {number} 行「{header[text]}」列：说明超过 {MaxTextLength:N0} 字。");
            }

            var ruleCode = Cell(cells, rule).Trim();
            var recordKey = Cell(cells, key).Trim();
            if (ruleCode.Length == 0 || recordKey.Length == 0)
            {
                throw Refused($"{fileName} 第 {number} 行「{header[ruleCode.Length == 0 ? rule : key]}」列：有说明而没有{(ruleCode.Length == 0 ? "规则代码" : "记录键")}。");
            }

            found.Add(new ExplanationRow(number, ruleCode, recordKey, explanation, carry >= 0 && CarriesForward(Cell(cells, carry), number, header[carry], fileName)));
        }

        return found;
    }

    private static int Column(List<string> header, string[] names, string fileName, bool required)
    {
        var index = header.FindIndex(h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
        return index >= 0 || !required ? index : throw Refused($"{fileName} 第 1 行：缺少「{names[0]}」列（表头应含 规则代码、记录键 和 情况说明）。");
    }

    private static bool CarriesForward(string value, int row, string column, string fileName) => value.Trim().ToUpperInvariant() switch
    {
        "" or "否" or "0" or "N" or "NO" or "FALSE" => false,
        "是" or "1" or "Y" or "YES" or "TRUE" => true,
        _ => throw Refused($"{fileName} 第 {row} 行「{column}」列：「{value}」应为 是 或 否。"),
    };

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : string.Empty;

    private static IEnumerable<IReadOnlyList<string>> XlsxTable(string fileName, byte[] content)
    {
        CheckPackage(fileName, content);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException)
        {
            throw Refused($"{fileName} 不是有效的 XLSX 文件：{e.Message}");
        }

        return Sheet(document, fileName);
    }

    /// <summary>A zip bomb is refused before the package is opened: bounded entries and declared unpacked size (the reader also stops at the declared size).</summary>
    private static void CheckPackage(string fileName, byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw Refused($"{fileName} 解压后过大或文件项过多，不予接收。");
            }
        }
        catch (InvalidDataException e)
        {
            throw Refused($"{fileName} 不是有效的 XLSX 文件：{e.Message}");
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Sheet(SpreadsheetDocument document, string fileName)
    {
        using (document)
        {
            var workbook = document.WorkbookPart ?? throw Refused($"{fileName} 不含工作簿。");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => s.Name?.Value == Validation.Findings.FindingsWorkbook.FindingsSheet) ?? sheets.FirstOrDefault()
                ?? throw Refused($"{fileName} 不含工作表。");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(Text(cell, shared));
                }

                yield return cells;
            }
        }
    }

    private static string Text(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var value = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index >= 0 && index < shared.Count ? shared[index] : value;
    }

    /// <summary>"C12" → 2 (0-based column); null for a cell without a reference.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static IEnumerable<IReadOnlyList<string>> CsvTable(string fileName, byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding("GB18030").GetString(content);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw Refused($"{fileName} 不是文本文件：只接受运行生成的 findings.xlsx 或 CSV 文件。");
        }

        return Extraction.Ledger.CsvRecords.Parse(text, line => Refused($"{fileName} 第 {line} 行：引号未闭合。")).Select(r => (IReadOnlyList<string>)r.Fields);
    }

    internal static RefusalException Refused(string message) => new(RefusalCode.InvalidInput, "说明文件未导入：" + message);
}
