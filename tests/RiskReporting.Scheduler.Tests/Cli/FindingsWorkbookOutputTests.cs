using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Data.Sqlite;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Each run writes findings.xlsx beside findings.csv: the same findings, for people.</summary>
public sealed class FindingsWorkbookOutputTests
{
    [Test]
    public void Run_PlantedBank_WritesFindingsXlsxWithOneTextRowPerFindingOfFindingsCsv()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");

        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        var csv = File.ReadAllLines(folder.File("bank/work/202610/01/findings.csv")).Skip(1).Where(l => l.Length > 0).ToList();
        using var document = SpreadsheetDocument.Open(folder.File("bank/work/202610/01/findings.xlsx"), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First();
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InlineString?.InnerText).ToList();
        var branches = rows.Skip(1).Select(r => r.Elements<Cell>().ElementAt(9)).ToList();
        var named = rows.Skip(1).Select(r => (Code: r.Elements<Cell>().ElementAt(9).InnerText, Name: r.Elements<Cell>().ElementAt(10).InnerText)).Where(b => b.Code.Length > 0).ToList();
        var names = BranchNames(folder.File("bank/source.db"));
        Assert.Multiple(() =>
        {
            Assert.That(sheet.Name?.Value, Is.EqualTo("问题清单"));
            Assert.That(header, Does.Contain("规则代码").And.Contain("机构代码"));
            Assert.That(csv, Is.Not.Empty, "the planted bank has findings");
            Assert.That(rows, Has.Count.EqualTo(csv.Count + 1));
            Assert.That(branches.Where(c => c.InnerText.Length > 0), Has.All.Matches<Cell>(c => c is not null && c.DataType?.Value == CellValues.InlineString), "branch codes are text, so leading zeros stay");
            Assert.That(named, Is.Not.Empty);
            Assert.That(named.Select(b => b.Name), Is.EqualTo(named.Select(b => names[b.Code])), "机构名称 is the source's branch_name of the row's branch");
        });
    }

    [Test]
    public void Findings_ForOneBranch_WritesThatBranchsFileWithOnlyItsFindings()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var branch = File.ReadAllLines(folder.File("bank/work/202610/01/findings.csv")).Skip(1).Select(l => l.Split(',')[6]).First(b => b.Length > 0);

        var result = RiskReportProcess.Run(folder.Path, "findings", "--period", "202610", "--branch", branch, "--config", "bank/appsettings.json");

        var path = folder.File($"bank/work/202610/01/findings-{branch}.xlsx");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First();
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Row>().Skip(1).ToList();
        var codes = rows.Select(r => r.Elements<Cell>().ElementAt(9).InnerText).ToList();
        var name = BranchNames(folder.File("bank/source.db"))[branch];
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Elements<Cell>().ElementAt(10).InnerText), Has.All.EqualTo(name), "the branch's name, from the stored snapshot");
            Assert.That(result.Output, Does.Contain(path));
            Assert.That(codes, Is.Not.Empty);
            Assert.That(codes, Has.All.EqualTo(branch), "only the branch's own findings, its code with its leading zeros");
        });
    }

    private static Dictionary<string, string> BranchNames(string sourceDatabase)
    {
        using var connection = new SqliteConnection($"Data Source={sourceDatabase};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT branch_code, branch_name FROM branch";
        using var reader = command.ExecuteReader();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }
}
