using System.IO.Abstractions;
using RiskReporting.Testing;
using RiskReporting.Validation.Catalogue;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Tests;

/// <summary>The catalogue is data: switching a rule off or changing its severity needs no code, and a catalogue that does not match the engine stops start-up.</summary>
public sealed class CatalogueTests
{
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void NewDirectory() => _directory = new TemporaryDirectory();

    [TearDown]
    public void RemoveDirectory() => _directory.Dispose();

    [Test]
    public void ShippedCatalogue_ListsExactlyTheImplementedRules() =>
        Assert.That(Check.Catalogue.Codes, Is.EquivalentTo(SnapshotValidator.Implemented));

    [Test]
    public void ImplementedRules_AreExactlyTheRulesOfTheSpecCatalogue()
    {
        var spec = File.ReadAllText(Path.Combine(TestPaths.SpecDirectory, "rules.md"));
        var codes = System.Text.RegularExpressions.Regex.Matches(spec, @"^\| ((?:JBL|WYX|WZX|LJX|HN|TS-DQ|TS-KQ|TJ-KQ)-\d{3}) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

        Assert.That(SnapshotValidator.Implemented, Is.EquivalentTo(codes));
    }

    [Test]
    public void UnknownCode_StopsLoadingWithFileAndLine()
    {
        var path = Write(Shipped().Append("XYZ-001,确定性校验/基本类,ERROR,*,202601,true,未知规则"));
        Assert.That(() => Load(path), Throws.TypeOf<CatalogueException>().With.Message.Contains("XYZ-001").And.Message.Contains($"line {Shipped().Length + 1}"));
    }

    [Test]
    public void ALineWithTooFewFields_StopsLoadingWithFileLineAndTheCountInChinese()
    {
        var path = Write(Shipped().Append("JBL-001,确定性校验/基本类,ERROR"));
        Assert.That(() => Load(path), Throws.TypeOf<CatalogueException>().With.Message.Contains($"{path} line {Shipped().Length + 1}：应有 7 个字段 (expected 7 fields)，实有 3 个。"));
    }

    [Test]
    public void ImplementedRuleMissingFromTheCatalogue_StopsLoading()
    {
        var path = Write(Shipped().Where(l => !l.StartsWith("LJX-002,", StringComparison.Ordinal)));
        Assert.That(() => Load(path), Throws.TypeOf<CatalogueException>().With.Message.Contains("LJX-002"));
    }

    [Test]
    public void RuleSwitchedOffFromAPeriod_IsNotReportedForIt_ButStillBefore()
    {
        var path = Write(Shipped().Append("LJX-002,一致性校验/逻辑与汇总,ERROR,B1P3;B5,202610,false,停用"));
        var catalogue = Load(path);
        var record = Records.Loan(("LOAN_BAL", "1000.01"));

        var now = new SnapshotValidator(catalogue, new ValidationOptions()).Validate(Records.Snapshot(record));
        var before = new SnapshotValidator(catalogue, new ValidationOptions()).Validate(Records.Snapshot(record) with { Period = Core.Periods.ReportingPeriod.Parse("202609") });

        Assert.Multiple(() =>
        {
            Assert.That(now.Fired("LJX-002"), Is.Empty);
            Assert.That(before.Fired("LJX-002"), Is.Not.Empty);
        });
    }

    [Test]
    public void SeverityChangedInTheCatalogue_IsTheSeverityReported()
    {
        var path = Write(Shipped().Select(l => l.StartsWith("JBL-003,", StringComparison.Ordinal) ? l.Replace(",ERROR,", ",WARNING,", StringComparison.Ordinal) : l));
        var findings = new SnapshotValidator(Load(path), new ValidationOptions()).Validate(Records.Snapshot(Records.Loan(("LOAN_TYPE", "9"))));

        Assert.That(findings.Single(f => f.Rule == "JBL-003").Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void FindingMessages_AreInChineseWithTheCategory() =>
        Assert.That(Check.Run(Records.Loan(("LOAN_TYPE", "9"))).Single(f => f.Rule == "JBL-003").Message, Does.StartWith("确定性校验：代码值不在代码表中"));

    private static string[] Shipped() => File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "rules", "catalogue.csv"));

    private string Write(IEnumerable<string> lines)
    {
        var path = _directory.File("catalogue.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static RuleCatalogue Load(string path) => RuleCatalogue.Load(new FileSystem(), path, SnapshotValidator.Implemented);
}
