using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Extraction.Rules;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests.Rules;

/// <summary>A rule file holds exactly one SELECT, and a rule set holds no .sql file it does not define: both stop `rules check` and a run's start.</summary>
public sealed class RuleSetLoaderTests
{
    private TemporaryDirectory _rules = null!;

    private string Set => Path.Combine(_rules.Path, "2026.1-1");

    [SetUp]
    public void CopyShippedRules()
    {
        _rules = new TemporaryDirectory();
        Directory.CreateDirectory(Set);
        foreach (var file in Directory.GetFiles(Path.Combine(ScenarioExtraction.Rules, "2026.1-1")))
        {
            File.Copy(file, Path.Combine(Set, Path.GetFileName(file)));
        }
    }

    [TearDown]
    public void RemoveRules() => _rules.Dispose();

    [Test]
    public void ShippedRules_Load()
    {
        Assert.That(new RuleSetLoader(new FileSystem()).LoadAll(_rules.Path).Single().Queries, Has.Count.EqualTo(QueryContract.Columns.Count));
    }

    [Test]
    public void ASecondStatementAfterTheSelect_IsAnErrorNamingFileAndLine()
    {
        var customers = Path.Combine(Set, "customers.sql");
        File.WriteAllText(customers, File.ReadAllText(customers).TrimEnd() + ";\nUPDATE customer SET cust_name = 'x';\n");

        var problems = Problems();

        Assert.That(problems, Is.EqualTo(new[] { $"{customers} line 4：SELECT 之后还有第二条语句 (second statement)（'UPDATE customer SET cust_name = 'x';'）：规则文件须恰好含一条 SELECT。" }));
    }

    [Test]
    public void AStatementThatIsNoSelect_IsAnErrorNamingFileAndLine()
    {
        var signals = Path.Combine(Set, "signals.sql");
        File.WriteAllText(signals, "-- cleans up first\nDELETE FROM risk_signal\n");

        Assert.That(Problems(), Is.EqualTo(new[] { $"{signals} line 2：规则须为一条 SELECT，但以 'DELETE FROM risk_signal' 开头。" }));
    }

    [Test]
    public void SemicolonsInCommentsAndLiterals_AndATrailingSemicolon_AreNoSecondStatement()
    {
        var lines = Path.Combine(Set, "lines.sql");
        File.WriteAllText(lines, "/* a; b */ SELECT credit_no, holder_kind, holder_code, currency, limit_amount, start_date, end_date, status\n" +
            "FROM credit_line -- x; DROP TABLE credit_line\nWHERE status <> 'a;b' AND \"status\" <> ';' ;\n  -- done\n");

        Assert.That(new RuleSetLoader(new FileSystem()).LoadAll(_rules.Path), Has.Count.EqualTo(1));
    }

    [Test]
    public void ASqlFileTheRuleSetDoesNotDefine_IsAnErrorNamingTheFile_AtRunStartToo()
    {
        var stray = Path.Combine(Set, "loans_backup.sql");
        File.WriteAllText(stray, "SELECT 1\n");

        Assert.Multiple(() =>
        {
            Assert.That(Problems().Single(), Does.StartWith($"{stray} line 1：规则集中没有规则 'loans_backup'"));
            Assert.That(() => new RuleSetLoader(new FileSystem()).ForPeriod(_rules.Path, ReportingPeriod.Parse("202610")),
                Throws.TypeOf<RuleFileException>().With.Message.Contains("loans_backup.sql line 1"));
        });
    }

    [Test]
    public void AManifestThatIsNoJson_IsAnErrorInChinese_NamingFileLineAndColumn_WithTheParsersDetailAfterIt()
    {
        var manifest = Path.Combine(Set, "ruleset.json");
        File.WriteAllText(manifest, "{\n  \"version\": \"2026.1-1\",\n  \"effectiveFrom\": \"202601\",\n  \"description\":\n}\n");

        var problem = Problems().Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem, Does.StartWith($"{manifest} line 5, column 1：规则集清单不是有效的 JSON (invalid JSON)；解析器 (parser)："));
            Assert.That(problem, Does.Contain("'}'"), "the parser's own detail follows");
        });
    }

    private IReadOnlyList<string> Problems() =>
        Assert.Throws<RuleFileException>(() => new RuleSetLoader(new FileSystem()).LoadAll(_rules.Path))!.Problems;
}
