using System.IO.Abstractions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// findings.xlsx, the findings for people (findings.csv stays the machine-readable file): sheet 问题清单 with
/// Chinese headers, the customer and the branch by code and name, the value with its unit and the rule's
/// message, every cell text in the text format (keys and codes keep their leading zeros) and neutralised;
/// sheet 统计 with the counts by rule and branch. With a branch, only that branch's findings (the file a
/// branch is sent). Rows in the order of findings.csv; ID numbers masked as there. Temporary name, then rename.
/// </summary>
public static class FindingsWorkbook
{
    public const string FindingsSheet = "问题清单";

    public const string CountsSheet = "统计";

    public static IReadOnlyList<string> FindingsHeaders { get; } =
        ["规则代码", "级别", "表", "记录键", "字段", "值", "单位", "客户代码", "客户名称", "机构代码", "机构名称", "规则说明"];

    public static IReadOnlyList<string> CountsHeaders { get; } = ["规则代码", "级别", "机构代码", "机构名称", "条数", "规则说明"];

    private static readonly double[] FindingsWidths = [12, 8, 8, 30, 18, 24, 8, 22, 30, 12, 24, 50];

    private static readonly double[] CountsWidths = [12, 8, 12, 24, 10, 50];

    public static void Write(
        IFileSystem fileSystem,
        string path,
        IEnumerable<Finding> findings,
        IReadOnlyDictionary<(string Part, string Key), FindingCustomer> customers,
        IReadOnlyDictionary<string, string> branchNames,
        string? branch = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        var rows = FindingsFile.Sorted(branch is null ? findings : findings.Where(f => f.Branch == branch));
        var temporary = path + ".tmp";
        using (var stream = fileSystem.File.Create(temporary))
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxSheet.Styles();
            var findingsPart = workbook.AddNewPart<WorksheetPart>();
            XlsxSheet.Write(findingsPart, Columns(FindingsHeaders, FindingsWidths), rows.Select(f => FindingRow(f, customers, branchNames)));
            var countsPart = workbook.AddNewPart<WorksheetPart>();
            XlsxSheet.Write(countsPart, Columns(CountsHeaders, CountsWidths), CountRows(rows, branchNames));
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(findingsPart), SheetId = 1, Name = FindingsSheet },
                new Sheet { Id = workbook.GetIdOfPart(countsPart), SheetId = 2, Name = CountsSheet }));
        }

        fileSystem.File.Move(temporary, path, overwrite: true);
    }

    /// <summary>级别 as operators say it: 错误 blocks the package, 提示 needs an explanation.</summary>
    public static string SeverityLabel(Severity severity) => severity == Severity.Error ? "错误" : "提示";

    private static object[] FindingRow(Finding f, IReadOnlyDictionary<(string Part, string Key), FindingCustomer> customers, IReadOnlyDictionary<string, string> branchNames)
    {
        var customer = customers.GetValueOrDefault((f.Part, f.Key));
        return
        [
            f.Rule, SeverityLabel(f.Severity), f.Part, f.Key, f.Field, FindingsFile.ShownValue(f), FindingUnits.Of(f),
            customer?.Code ?? string.Empty, customer?.Name ?? string.Empty, f.Branch, branchNames.GetValueOrDefault(f.Branch, string.Empty), f.Message,
        ];
    }

    private static IEnumerable<object[]> CountRows(IEnumerable<Finding> findings, IReadOnlyDictionary<string, string> branchNames) =>
        findings.GroupBy(f => (f.Rule, f.Branch))
            .OrderBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Branch, StringComparer.Ordinal)
            .Select(g => new object[]
            {
                g.Key.Rule, SeverityLabel(g.First().Severity), g.Key.Branch, branchNames.GetValueOrDefault(g.Key.Branch, string.Empty), (long)g.Count(), g.First().Message,
            });

    private static (string Header, double Width)[] Columns(IReadOnlyList<string> headers, double[] widths) =>
        [.. headers.Select((h, i) => (h, widths[i]))];
}
