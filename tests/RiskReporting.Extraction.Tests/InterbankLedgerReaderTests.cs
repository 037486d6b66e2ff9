using System.IO.Abstractions;
using System.Text;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Text;
using RiskReporting.Extraction.Ledger;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests;

/// <summary>interbank-ledger.md: the file is accepted whole or not at all, and every wrong row is reported.</summary>
public sealed class InterbankLedgerReaderTests
{
    private const string Header = "交易编号,交易对手客户代码,交易对手名称,业务类型,币种,余额,起息日,到期日,经办机构";
    private const string Good = "IB1,TY1,国家开发银行,01,CNY,1000.00,2026-06-06,2027-06-06,000001";
    private static readonly HashSet<string> Branches = new(StringComparer.Ordinal) { "000001", "100001" };

    private TemporaryDirectory _inbox = null!;

    [SetUp]
    public void NewInbox() => _inbox = new TemporaryDirectory();

    [TearDown]
    public void RemoveInbox() => _inbox.Dispose();

    [Test]
    public void Utf8WithoutBom_WithSpreadsheetQuirks_IsRead()
    {
        var rows = Read(Header, "IB1,TY1,\"国开行, 总行\",1,CNY,\"1,234.50\",2026/06/06,,000001", "IB2,TY1,国家开发银行,09,USD,0,20260101,20280101,100001", "", "");

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[0].BusinessType, Is.EqualTo("01"), "a leading zero lost by a spreadsheet is accepted");
            Assert.That(rows[0].Balance, Is.EqualTo(1234.50m));
            Assert.That(rows[0].CounterpartyName, Is.EqualTo("国开行, 总行"));
            Assert.That(rows[0].ValueDate, Is.EqualTo(new DateOnly(2026, 6, 6)));
            Assert.That(rows[0].MaturityDate, Is.Null);
            Assert.That(rows[1].Line, Is.EqualTo(3));
        });
    }

    [Test]
    public void Utf8WithBom_IsRead()
    {
        var rows = ReadBytes([.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(Header + "\r\n" + Good + "\r\n")]);
        Assert.That(rows.Single().CounterpartyName, Is.EqualTo("国家开发银行"));
    }

    [Test]
    public void Utf8WithBom_AndOneBrokenCharacter_IsOneProblemNamingItsLineAndOffset()
    {
        byte[] bom = [.. new UTF8Encoding(true).GetPreamble()];
        var before = Encoding.UTF8.GetBytes(Header + "\r\n" + Good + "\r\nIB2,TY1,国家开");
        // "发" is E5 8F 91; its last byte lost makes one invalid sequence inside line 3.
        byte[] bytes = [.. bom, .. before, 0xE5, 0x8F, .. Encoding.UTF8.GetBytes("银行,01,CNY,5.00,2026-06-06,,000001\r\n")];

        var error = Assert.Throws<LedgerImportException>(() => ReadBytes(bytes))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problems, Has.Count.EqualTo(1), string.Join("; ", error.Problems));
            Assert.That(error.Problems[0].Line, Is.EqualTo(3));
            Assert.That(error.Problems[0].Reason, Does.Contain($"字节偏移 {bom.Length + before.Length} 处").And.Contain("E58F"));
            Assert.That(error.Message, Does.Contain("TYYWTZ_202610.csv").And.Contain("line 3"));
        });
    }

    [Test]
    public void BomBeforeGb18030Bytes_IsReadAsUtf8_AndEachBrokenLineIsReported_NotAsMojibakeHeaderProblems()
    {
        byte[] bytes = [.. new UTF8Encoding(true).GetPreamble(), .. Gb18030.Encoding.GetBytes(Header + "\r\n" + Good + "\r\n")];

        var error = Assert.Throws<LedgerImportException>(() => ReadBytes(bytes))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problems.Select(p => p.Line).Distinct(), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(error.Problems.Select(p => p.Column), Is.All.Empty);
            Assert.That(error.Problems.Select(p => p.Reason), Is.All.Contains("无效的 UTF-8 字节序列 (invalid UTF-8)"));
        });
    }

    [Test]
    public void Gb18030File_IsRead()
    {
        var bytes = Gb18030.Encoding.GetBytes(Header + "\r\n" + Good + "\r\n");
        Assert.That(() => new UTF8Encoding(false, true).GetString(bytes), Throws.InstanceOf<DecoderFallbackException>(), "the test file must not be valid UTF-8");

        Assert.That(ReadBytes(bytes).Single().CounterpartyName, Is.EqualTo("国家开发银行"));
    }

    [Test]
    public void ColumnsInAnotherOrder_AreMatchedByName()
    {
        var rows = Read("经办机构,交易编号,交易对手客户代码,交易对手名称,业务类型,币种,余额,起息日,到期日", "000001,IB1,TY1,国家开发银行,02,CNY,5.00,2026-01-01,");
        Assert.That(rows.Single().DealNo, Is.EqualTo("IB1"));
    }

    [TestCase("交易编号,交易对手客户代码,交易对手名称,业务类型,币种,余额,起息日,到期日", 1, "经办机构", "missing", TestName = "Header_MissingColumn_IsReportedOnLineOneWithItsName")]
    [TestCase(Header + ",备注", 1, "备注", "unknown column", TestName = "Header_ExtraColumn_IsReportedOnLineOneWithItsName")]
    public void HeaderProblems(string header, int line, string column, string reason) =>
        AssertProblems(new[] { header, Good }, (line, column, reason));

    [TestCase("IB1,TY1,国家开发银行,01,CNY,abc,2026-06-06,,000001", "余额", "not a number", TestName = "BadNumber_IsRefused")]
    [TestCase("IB1,TY1,国家开发银行,01,CNY,-5.00,2026-06-06,,000001", "余额", "negative", TestName = "NegativeBalance_IsRefused")]
    [TestCase("IB1,TY1,国家开发银行,01,CNY,5.001,2026-06-06,,000001", "余额", "超过 2 位小数", TestName = "ThreeDecimals_AreRefused")]
    [TestCase("IB1,TY1,国家开发银行,01,CNY,5.00,2026-13-06,,000001", "起息日", "not a date", TestName = "BadDate_IsRefused")]
    [TestCase("IB1,TY1,国家开发银行,10,CNY,5.00,2026-06-06,,000001", "业务类型", "不是业务类型", TestName = "BadBusinessType_IsRefused")]
    [TestCase("IB1,TY1,国家开发银行,01,RMB,5.00,2026-06-06,,000001", "币种", "不是币种代码", TestName = "BadCurrency_IsRefused")]
    [TestCase("IB1,TY1,国家开发银行,01,CNY,5.00,2026-06-06,,999999", "经办机构", "not a branch", TestName = "UnknownBranch_IsRefused")]
    [TestCase("IB1,TY1,国家开发银行,01,CNY,5.00,2026-06-06,000001", "", "有 8 个字段", TestName = "WrongFieldCount_IsReportedWithAnEmptyColumn")]
    public void RowProblems(string row, string column, string reason) =>
        AssertProblems(new[] { Header, row }, (2, column, reason));

    [Test]
    public void RepeatedDealNumber_IsReportedOnEveryLaterLine() =>
        AssertProblems(new[] { Header, Good, Good, Good }, (3, "交易编号", "repeats"), (4, "交易编号", "repeats"));

    [Test]
    public void ThreeBadLines_AreAllReported_AndNothingIsImported()
    {
        var lines = new[]
        {
            Header, Good,
            "IB2,TY1,国家开发银行,01,CNY,x,2026-06-06,,000001",
            "IB3,TY1,国家开发银行,01,CNY,5.00,2026-06-06,,000001",
            "IB4,TY1,国家开发银行,01,ABC,5.00,2026-06-06,,000001",
            "IB5,TY1,国家开发银行,01,CNY,5.00,yesterday,,000001",
        };

        var error = Assert.Throws<LedgerImportException>(() => Read(lines))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problems.Select(p => p.Line), Is.EqualTo(new[] { 3, 5, 6 }));
            Assert.That(error.Message, Does.Contain("TYYWTZ_202610.csv").And.Contain("nothing imported"));
        });
    }

    [Test]
    public void XlsxWithDateCells_IsReadLikeTheCsv()
    {
        var path = Path.Combine(_inbox.Path, "TYYWTZ_202610.xlsx");
        var row = new Dictionary<string, object?>
        {
            ["交易编号"] = "IB1", ["交易对手客户代码"] = "TY1", ["交易对手名称"] = "国家开发银行", ["业务类型"] = 4, ["币种"] = "CNY",
            ["余额"] = 22300072.27m, ["起息日"] = new DateTime(2026, 1, 5), ["到期日"] = new DateTime(2028, 6, 28), ["经办机构"] = "000001",
        };
        MiniExcelLibs.MiniExcel.SaveAs(path, new[] { row });
        var reader = new InterbankLedgerReader(new FileSystem());

        var rows = reader.Read(reader.Find(_inbox.Path, ReportingPeriod.Parse("202610"))!, Branches.Contains);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Single().ValueDate, Is.EqualTo(new DateOnly(2026, 1, 5)));
            Assert.That(rows.Single().MaturityDate, Is.EqualTo(new DateOnly(2028, 6, 28)));
            Assert.That(rows.Single().BusinessType, Is.EqualTo("04"));
            Assert.That(rows.Single().Balance, Is.EqualTo(22300072.27m));
        });
    }

    [Test]
    public void CsvAndXlsxBothPresent_IsAnErrorNamingBoth()
    {
        File.WriteAllText(Path.Combine(_inbox.Path, "TYYWTZ_202610.csv"), Header + "\r\n");
        File.WriteAllText(Path.Combine(_inbox.Path, "TYYWTZ_202610.xlsx"), string.Empty);

        Assert.That(() => new InterbankLedgerReader(new FileSystem()).Find(_inbox.Path, ReportingPeriod.Parse("202610")),
            Throws.TypeOf<LedgerImportException>().With.Message.Contains(".csv").And.Message.Contains(".xlsx"));
    }

    [Test]
    public void NoFile_MeansTheLedgerHasNotArrived() =>
        Assert.That(new InterbankLedgerReader(new FileSystem()).Find(_inbox.Path, ReportingPeriod.Parse("202610")), Is.Null);

    private IReadOnlyList<Core.Snapshots.LedgerRow> Read(params string[] lines) => ReadBytes(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    private IReadOnlyList<Core.Snapshots.LedgerRow> ReadBytes(byte[] bytes)
    {
        var path = Path.Combine(_inbox.Path, "TYYWTZ_202610.csv");
        File.WriteAllBytes(path, bytes);
        return new InterbankLedgerReader(new FileSystem()).Read(path, Branches.Contains);
    }

    private void AssertProblems(string[] lines, params (int Line, string Column, string Reason)[] expected)
    {
        var error = Assert.Throws<LedgerImportException>(() => Read(lines))!;
        Assert.That(error.Problems, Has.Count.EqualTo(expected.Length), string.Join("; ", error.Problems));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Multiple(() =>
            {
                Assert.That(error.Problems[i].Line, Is.EqualTo(expected[i].Line));
                Assert.That(error.Problems[i].Column, Is.EqualTo(expected[i].Column));
                Assert.That(error.Problems[i].Reason, Does.Contain(expected[i].Reason));
            });
        }
    }
}
