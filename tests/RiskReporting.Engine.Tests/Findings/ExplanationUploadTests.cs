using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Findings;

/// <summary>The findings file sent back with an explanation per row (issue #15): the run's own XLSX or a CSV, checked whole, applied in one transaction, hostile files refused.</summary>
public sealed class ExplanationUploadTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task TheRunsFindingsXlsx_WithAnExplanationColumnAdded_ExplainsItsWarnings_AndCarriesForwardWhereAsked()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var ops1 = await engine.LogInAsync("ops1", "operator");
        var run = await RunWithWarningsAsync(engine, ops1);
        var warnings = await OpenWarningsAsync(engine, ops1);
        Assert.That(warnings, Is.Not.Empty, "the tiny bank's October holds warnings");
        var workbook = File.ReadAllBytes(Path.Combine(engine.Get<EnginePaths>().RunDirectory(October, run.Batch), "findings.xlsx"));

        var result = await engine.Get<FindingService>().UploadExplanationsAsync(October, "findings.xlsx", WithExplanations(workbook, "经分行核实，数据属实", "是"), ops1);

        var explanations = await engine.Get<IStateStore>().ExplanationsForAsync(October);
        Assert.Multiple(async () =>
        {
            Assert.That(result.Explained, Is.EqualTo(warnings.Count));
            Assert.That(await OpenWarningsAsync(engine, ops1), Is.Empty);
            Assert.That(explanations.Select(e => (e.Text, e.CarryForward, e.By)).Distinct(), Is.EqualTo(new[] { ("经分行核实，数据属实", true, "ops1") }));
        });
    }

    [Test]
    public async Task ACsvWithOneBadRow_IsRefusedNamingTheRowAndColumn_AndExplainsNothing()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var ops1 = await engine.LogInAsync("ops1", "operator");
        await RunWithWarningsAsync(engine, ops1);
        var warning = (await OpenWarningsAsync(engine, ops1))[0];
        var csv = $"规则代码,记录键,情况说明\n{warning.Rule},\"{warning.Key}\",\"已核实，属实\"\n{warning.Rule},NO-SUCH-KEY,也已核实\n";

        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<FindingService>().UploadExplanationsAsync(October, "说明.csv", Encoding.UTF8.GetBytes(csv), ops1));

        Assert.Multiple(async () =>
        {
            Assert.That(refused!.Code, Is.EqualTo(RefusalCode.InvalidInput));
            Assert.That(refused.Message, Does.Contain("第 3 行「记录键」列").And.Contain("NO-SUCH-KEY"));
            Assert.That(await engine.Get<IStateStore>().ExplanationsForAsync(October), Is.Empty, "the good row before it was not stored either");
        });
    }

    [Test]
    public async Task HostileOrOversizedUploads_AreRefusedBeforeAnythingIsStored()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var ops1 = await engine.LogInAsync("ops1", "operator");
        await engine.Get<RunService>().RunAsync(October, ops1);
        var findings = engine.Get<FindingService>();

        var oversized = await Assert.ThrowsAsync<RefusalException>(() => findings.UploadExplanationsAsync(October, "big.csv", new byte[ExplanationSheet.MaxUploadBytes + 1], ops1));
        var bomb = await Assert.ThrowsAsync<RefusalException>(() => findings.UploadExplanationsAsync(October, "bomb.xlsx", ZipBomb(), ops1));
        var disguised = await Assert.ThrowsAsync<RefusalException>(() => findings.UploadExplanationsAsync(October, "findings.xlsx", "规则代码,记录键,情况说明\n"u8.ToArray(), ops1));
        var noColumn = await Assert.ThrowsAsync<RefusalException>(() => findings.UploadExplanationsAsync(October, "a.csv", "规则代码,记录键\nR,K\n"u8.ToArray(), ops1));
        var auditor = await engine.LogInAsync("aud1", "auditor");
        var byAuditor = await Assert.ThrowsAsync<RefusalException>(() => findings.UploadExplanationsAsync(October, "a.csv", "规则代码,记录键,情况说明\n"u8.ToArray(), auditor));

        Assert.Multiple(async () =>
        {
            Assert.That(oversized!.Message, Does.Contain("超过 20 MB"));
            Assert.That(bomb!.Message, Does.Contain("解压后过大"));
            Assert.That(disguised!.Message, Does.Contain("内容与扩展名不符"));
            Assert.That(noColumn!.Message, Does.Contain("第 1 行：缺少「情况说明」列"));
            Assert.That(byAuditor!.Code, Is.EqualTo(RefusalCode.NotAllowed));
            Assert.That(await engine.Get<IStateStore>().ExplanationsForAsync(October), Is.Empty);
        });
    }

    /// <summary>October with two customers' liabilities overridden far past their assets, so its rerun holds warnings to explain.</summary>
    private static async Task<Core.Runs.RunRecord> RunWithWarningsAsync(BankHost engine, Actor ops1)
    {
        var first = await engine.Get<RunService>().RunAsync(October, ops1);
        foreach (var customer in (await engine.Get<IStateStore>().LoadRecordsAsync(first.Run.RunId, ["B3P1"]))["B3P1"].Where(r => r["TOTAL_ASSETS"].Length > 0).Take(2))
        {
            await engine.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "99999999.00", "测试"), ops1);
        }

        return (await engine.Get<RunService>().RunAsync(October, ops1)).Run;
    }

    private static async Task<List<StoredFinding>> OpenWarningsAsync(BankHost engine, Actor actor)
    {
        var store = engine.Get<IStateStore>();
        var run = (await store.ListRunsAsync(October)).MaxBy(r => r.Batch)!;
        return [.. (await WarningStatus.OfAsync(store, run, await store.LoadFindingsAsync(run.RunId), CancellationToken.None)).Where(w => w.ExplainedBy is null).Select(w => w.Finding)];
    }

    /// <summary>The workbook as an operator returns it: sheet 问题清单 with two columns added at the end, 情况说明 and 沿用, filled on every row.</summary>
    private static byte[] WithExplanations(byte[] workbook, string text, string carry)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "问题清单");
            var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
            foreach (var row in rows)
            {
                var header = row.RowIndex!.Value == 1;
                row.Append(Inline($"M{row.RowIndex}", header ? "情况说明" : text), Inline($"N{row.RowIndex}", header ? "沿用" : carry));
            }
        }

        return stream.ToArray();
    }

    private static Cell Inline(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    /// <summary>A small zip whose one entry unpacks past the limit.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= ExplanationSheet.MaxUnpackedBytes / zeros.Length; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
