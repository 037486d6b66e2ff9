using System.IO.Abstractions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RiskReporting.Testing;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Tests;

public sealed class FindingsWorkbookTests
{
    private static readonly Finding GlFinding = new("HN-001", Severity.Error, "GL", "000001", "1301", "明细 100.00 / 总账 99.00", "000001", "贷款明细与总账不符");
    private static readonly Finding BigLoan = new("TS-DQ-001", Severity.Warning, "B1P3", "0042", "LOAN_BAL", "1000001.00", "000002", "单笔贷款余额超过100亿元");
    private static readonly Finding Formula = new("JBL-009", Severity.Error, "B3P1", "007", "CUST_NAME", "=HYPERLINK(\"http://x\")", "000001", "客户名称含非法字符");
    private static readonly Finding Guarantor = new("JBL-005", Severity.Error, "B4", "HT1|DB1", "GUARANTOR_ID_NO", Records.ResidentId, "000002", "身份证号码校验失败");

    private static readonly Dictionary<(string Part, string Key), FindingCustomer> Customers = new()
    {
        [("B1P3", "0042")] = new FindingCustomer("0007", "北京测试有限公司"),
        [("B3P1", "007")] = new FindingCustomer("007", "=HYPERLINK(\"http://x\")"),
    };

    private static readonly Dictionary<string, string> BranchNames = new(StringComparer.Ordinal) { ["000001"] = "总行营业部", ["000002"] = "朝阳支行" };

    [Test]
    public void Workbook_HasChineseHeaders_AndEveryFindingCellIsTextInTheTextFormat()
    {
        using var folder = new TemporaryDirectory();
        var path = Write(folder, branch: null);

        using var document = SpreadsheetDocument.Open(path, false);
        var rows = Rows(document, FindingsWorkbook.FindingsSheet);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var cells = rows.SelectMany(r => r.Elements<Cell>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Elements<Cell>().Select(Text), Is.EqualTo(FindingsWorkbook.FindingsHeaders));
            Assert.That(rows[0].Elements<Cell>().Select(Text).First(), Is.EqualTo("规则代码"));
            Assert.That(cells.All(c => c.DataType?.Value == CellValues.InlineString), Is.True, "every cell is a string cell");
            Assert.That(cells.All(c => formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value == 49), Is.True, "every cell is in the text format @");
            Assert.That(rows, Has.Count.EqualTo(5));
        });
    }

    [Test]
    public void Workbook_KeepsLeadingZeros_ShowsUnitsAndNames_MasksIds_AndNeutralisesFormulas()
    {
        using var folder = new TemporaryDirectory();
        var path = Write(folder, branch: null);

        using var document = SpreadsheetDocument.Open(path, false);
        var rows = Rows(document, FindingsWorkbook.FindingsSheet).Skip(1).Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
        var gl = rows.Single(r => r[0] == "HN-001");
        var loan = rows.Single(r => r[0] == "TS-DQ-001");
        var formula = rows.Single(r => r[0] == "JBL-009");
        var guarantor = rows.Single(r => r[0] == "JBL-005");
        Assert.Multiple(() =>
        {
            Assert.That(gl, Is.EqualTo(new[] { "HN-001", "错误", "GL", "000001", "1301", "明细 100.00 / 总账 99.00", "元", "", "", "000001", "总行营业部", "贷款明细与总账不符" }));
            Assert.That(loan, Is.EqualTo(new[] { "TS-DQ-001", "提示", "B1P3", "0042", "LOAN_BAL", "1000001.00", "万元", "0007", "北京测试有限公司", "000002", "朝阳支行", "单笔贷款余额超过100亿元" }));
            Assert.That(formula[5], Is.EqualTo("'=HYPERLINK(\"http://x\")"));
            Assert.That(formula[8], Is.EqualTo("'=HYPERLINK(\"http://x\")"));
            Assert.That(guarantor[5], Is.EqualTo(FindingsFile.Mask(Records.ResidentId)).And.Not.Contains(Records.ResidentId[6..14]));
        });
    }

    [Test]
    public void CountsSheet_CountsByRuleAndBranch_AsNumbers()
    {
        using var folder = new TemporaryDirectory();
        var path = Write(folder, branch: null, GlFinding with { Key = "000003", Branch = "000003" }, GlFinding with { Field = "1302" });

        using var document = SpreadsheetDocument.Open(path, false);
        var rows = Rows(document, FindingsWorkbook.CountsSheet);
        var hn = rows.Skip(1).Where(r => Text(r.Elements<Cell>().First()) == "HN-001").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Elements<Cell>().Select(Text), Is.EqualTo(FindingsWorkbook.CountsHeaders));
            Assert.That(hn.Select(r => r.Elements<Cell>().Select(Text).ToList()), Is.EqualTo(new[]
            {
                new[] { "HN-001", "错误", "000001", "总行营业部", "2", "贷款明细与总账不符" },
                new[] { "HN-001", "错误", "000003", "", "1", "贷款明细与总账不符" },
            }));
            Assert.That(hn[0].Elements<Cell>().ElementAt(4).DataType!.Value, Is.EqualTo(CellValues.Number));
            Assert.That(rows, Has.Count.EqualTo(1 + 5));
        });
    }

    [Test]
    public void BranchFile_HoldsOnlyThatBranchsFindings_AndNoTemporaryFileIsLeft()
    {
        using var folder = new TemporaryDirectory();
        var path = Write(folder, branch: "000002");

        using var document = SpreadsheetDocument.Open(path, false);
        var branches = Rows(document, FindingsWorkbook.FindingsSheet).Skip(1).Select(r => Text(r.Elements<Cell>().ElementAt(9))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(branches, Is.EqualTo(new[] { "000002", "000002" }));
            Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { path }));
        });
    }

    private static string Write(TemporaryDirectory folder, string? branch, params Finding[] more)
    {
        var path = Path.Combine(folder.Path, "findings.xlsx");
        FindingsWorkbook.Write(new FileSystem(), path, [GlFinding, BigLoan, Formula, Guarantor, .. more], Customers, BranchNames, branch);
        return path;
    }

    private static List<Row> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet!.Descendants<Row>()];
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
