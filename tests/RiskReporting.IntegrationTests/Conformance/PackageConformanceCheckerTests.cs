using System.IO.Abstractions;
using System.IO.Compression;
using System.Text.RegularExpressions;
using RiskReporting.MessageBuilder.Conformance;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests.Conformance;

/// <summary>
/// The engine's own conformance checker: the spec's sample packages and a built demo-bank package pass; a
/// package corrupted in each way the checker knows is reported with the file, line and field of the damage.
/// </summary>
public sealed class PackageConformanceCheckerTests
{
    private const string B1 = "B0001H111000001_B1_20261031_01.xml";
    private const string B2 = "B0001H111000001_B2_20261031_01.xml";
    private const string Index = "B0001H111000001_KHFX_20261031_01.idx";

    private static string Sample(string date) => Path.Combine(TestPaths.SpecDirectory, "samples", $"B0001H111000001_KHFX_{date}_01.zip");

    private static IReadOnlyList<ConformanceProblem> Check(string path) => new PackageConformanceChecker(new FileSystem()).Check(path);

    [TestCase("20260930")]
    [TestCase("20261031")]
    public void SpecSamplePackages_Conform(string date) =>
        Assert.That(Check(Sample(date)).Select(p => p.ToString()), Is.Empty);

    [Test]
    public void SmallDemoBankPackage_Conforms()
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBank.DemoBankSize.Small);
        var package = DemoBankRuns.Package(DemoBankRuns.Extract(bank, Core.Periods.ReportingPeriod.Parse("202610")), work.File("out"));

        Assert.That(Check(package.Path).Select(p => p.ToString()), Is.Empty);
    }

    public sealed record Corruption(string Name, string Entry, Func<string, string> Change, string File, int Line, string Field, string Message, bool Reindex = true)
    {
        public override string ToString() => Name;
    }

    private static readonly Corruption[] Corruptions =
    [
        new("AVAILABLE is not max(CREDIT_LIMIT − USED_TOTAL, 0)", B1, t => Field(t, 4, "AVAILABLE", _ => "18950.01"), B1, 4, "AVAILABLE", "max(CREDIT_LIMIT − USED_TOTAL, 0)"),
        new("USED_TOTAL is not the sum of its balances", B1, t => Field(t, 4, "USED_TOTAL", _ => "1.00"), B1, 4, "USED_TOTAL", "LOAN_BAL + BOND_BAL + EQUITY_BAL + OFFBAL_BAL"),
        new("a loan balance no longer adds up to its line's LOAN_BAL", B1, t => Field(t, LineOf(t, "<R><CUST_CODE>"), "LOAN_BAL", v => (decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) + 1m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
            B1, 0, "LOAN_BAL", "detail records under CREDIT_NO"),
        new("an amount with a leading zero", B1, t => Field(t, 4, "OFFBAL_BAL", v => "0" + v), B1, 4, "OFFBAL_BAL", "without leading zeros"),
        new("a line break that is LF only", B1, t => ReplaceLine(t, 4, l => l + "\n" + Line(t, 5), 5), B1, 4, string.Empty, "not CRLF"),
        new("an indented record", B1, t => ReplaceLine(t, 4, l => "  " + l), B1, 4, string.Empty, "expected a record"),
        new("U+FFFE in a name", B1, t => Field(t, 4, "CUST_NAME", v => v + "\uFFFE"), B1, 4, string.Empty, "not well-formed XML"),
        new("the records attribute is wrong", B1, t => ReplaceLine(t, 3, l => l.Replace("records=\"24\"", "records=\"25\"", StringComparison.Ordinal)), B1, 3, "records", "实有 (holds) 24"),
        new("two records swapped", B1, t => ReplaceLine(ReplaceLine(t, 4, _ => Line(t, 5)), 5, _ => Line(t, 4)), B1, 5, string.Empty, "out of order"),
        new("a key twice", B1, t => ReplaceLine(t, 5, _ => Line(t, 4)), B1, 5, string.Empty, "appears twice"),
        new("the declaration in lower case", B2, t => ReplaceLine(t, 1, l => l.Replace("GB18030", "gb18030", StringComparison.Ordinal)), B2, 1, string.Empty, "(expected) <?xml"),
        new("MEMBER_COUNT is not the members listed", B2, t => Field(t, 4, "MEMBER_COUNT", _ => "4"), B2, 4, "MEMBER_COUNT", "B2P3 列有 3"),
        // Record lines the gate does not take from their bytes (issue #16) are decoded and parsed as text, which names the fault.
        new("an empty value written <F></F>", B1, t => Field(t, 4, "CUST_NAME", _ => string.Empty), B1, 4, "CUST_NAME", "空值须写作 <FIELD/>"),
        new("a '>' not escaped", B1, t => Field(t, 4, "CUST_NAME", v => v + ">"), B1, 4, "CUST_NAME", "'>' 须写作 &gt;"),
        new("an escape other than the three", B1, t => Field(t, 4, "CUST_NAME", v => v + "&apos;"), B1, 4, "CUST_NAME", "只允许 &amp;、&lt; 和 &gt; 三种转义"),
        new("a field name one letter longer than the part's", B1, t => ReplaceLine(t, 4, l => l.Replace("CUST_NAME>", "CUST_NAMES>", StringComparison.Ordinal)), B1, 4, string.Empty, "且按此顺序"),
        new("two fields swapped", B1, t => ReplaceLine(t, 4, l => Regex.Replace(l, "(<CUST_CODE>[^<]*</CUST_CODE>)(<CUST_NAME>[^<]*</CUST_NAME>)", "$2$1")), B1, 4, string.Empty, "且按此顺序"),
        new("a record with a field left out", B1, t => ReplaceLine(t, 4, l => Regex.Replace(l, "<CUST_NAME>[^<]*</CUST_NAME>", string.Empty)), B1, 4, string.Empty, "且按此顺序"),
        new("text after the last field", B1, t => ReplaceLine(t, 4, l => l.Replace("</R>", "x</R>", StringComparison.Ordinal)), B1, 4, string.Empty, "不是 <FIELD>value</FIELD>"),
        new("an entry changed after the index was made", B2, t => Field(t, 4, "GROUP_NAME", v => v + "有限"), Index, 3, "SM3", "expected", Reindex: false),
    ];

    [TestCaseSource(nameof(Corruptions))]
    public void CorruptedPackage_IsReportedWithFileLineAndField(Corruption corruption)
    {
        using var work = new TemporaryDirectory();
        var package = PackageRewriter.Rewrite(Sample("20261031"), work.Path, corruption.Entry, corruption.Change, corruption.Reindex);

        var problems = Check(package);

        Assert.That(problems.Any(p => p.File == corruption.File && (corruption.Line == 0 || p.Line == corruption.Line)
            && p.Field == corruption.Field && p.Message.Contains(corruption.Message, StringComparison.Ordinal)), Is.True, () => string.Join("\n", problems));
    }

    [Test]
    public void AFaultDeepInALargeEntry_IsNamedAtItsLine_ThoughTheEntryIsReadInChunks()
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBank.DemoBankSize.Small);
        var built = DemoBankRuns.Package(DemoBankRuns.Extract(bank, Core.Periods.ReportingPeriod.Parse("202610")), work.File("out"));
        var b3 = Path.GetFileName(built.Path).Replace("_KHFX_", "_B3_", StringComparison.Ordinal).Replace(".zip", ".xml", StringComparison.Ordinal);
        var deep = 0;
        var package = PackageRewriter.Rewrite(built.Path, work.File("rewritten"), b3, t =>
        {
            var lines = t.Split("\r\n");
            deep = Array.FindIndex(lines, 3000, l => l.StartsWith("<R>", StringComparison.Ordinal)) + 1;
            return ReplaceLine(t, deep, l => "  " + l);
        });

        var problems = Check(package);

        Assert.That(deep, Is.GreaterThan(3000), "the fault lies past the first chunks of the entry");
        Assert.That(problems.Select(p => p.ToString()), Has.Some.StartsWith($"{b3}:{deep}: 应为 (expected a record)"), () => string.Join("\n", problems));
    }

    [Test]
    public void ADamagedDeflateStream_IsReportedAsNotInflatingToItsSizeAndCrc()
    {
        using var work = new TemporaryDirectory();
        var package = work.File("B0001H111000001_KHFX_20261031_01.zip");
        var bytes = File.ReadAllBytes(Sample("20261031"));
        var nameLength = BitConverter.ToUInt16(bytes, 26);
        var dataStart = 30 + nameLength + BitConverter.ToUInt16(bytes, 28);
        for (var i = dataStart + 8; i < dataStart + 40; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(package, bytes);

        Assert.That(Check(package).Select(p => p.ToString()), Has.Some.Contains($"条目 (entry) {B1}：数据解压后与记录的大小和 CRC 不符"));
    }

    [Test]
    public void StoredEntries_AreReportedAsNotDeflate()
    {
        using var work = new TemporaryDirectory();
        var package = PackageRewriter.Rewrite(Sample("20261031"), work.Path, ".idx", t => t, level: CompressionLevel.NoCompression);

        Assert.That(Check(package).Select(p => p.ToString()), Has.Some.Contains("不是 Deflate (8)"));
    }

    [Test]
    public void AGoodRewrite_StillConforms_SoTheCorruptionTestsSeeOnlyTheirOwnChange()
    {
        using var work = new TemporaryDirectory();
        var package = PackageRewriter.Rewrite(Sample("20261031"), work.Path, B1, t => t);

        Assert.That(Check(package).Select(p => p.ToString()), Is.Empty);
    }

    private static string Line(string text, int number) => text.Split("\r\n")[number - 1];

    private static int LineOf(string text, string start) => Array.FindIndex(text.Split("\r\n"), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static string ReplaceLine(string text, int number, Func<string, string> change, int remove = 0)
    {
        var lines = text.Split("\r\n").ToList();
        lines[number - 1] = change(lines[number - 1]);
        if (remove > 0)
        {
            lines.RemoveAt(remove - 1);
        }

        return string.Join("\r\n", lines);
    }

    private static string Field(string text, int number, string field, Func<string, string> change) =>
        ReplaceLine(text, number, l => Regex.Replace(l, $"<{field}>(?<v>[^<]*)</{field}>", m => $"<{field}>{change(m.Groups["v"].Value)}</{field}>"));
}
