using System.Text.RegularExpressions;
using RiskReporting.Testing;

namespace RiskReporting.DemoBank.Tests;

public sealed partial class PlantedCaseTests
{
    [Test]
    public void PlantedCsv_CoversEveryRuleOfTheCatalogue()
    {
        var catalogue = System.IO.File.ReadAllText(Path.Combine(TestPaths.SpecDirectory, "rules.md"));
        var rules = RuleCode().Matches(catalogue).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var planted = PlantedRows().Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

        Assert.That(rules, Has.Count.GreaterThan(45));
        Assert.That(rules.Except(planted), Is.Empty, "rules without a planted case");
        Assert.That(planted.Except(rules), Is.Empty, "planted cases of no rule");
    }

    [Test]
    public void PlantedRecordKeys_NameRowsThatExistInTheSource()
    {
        using var db = new SourceDatabase(SmallDemoBank.Planted.SourceDatabase);
        var missing = new List<string>();
        foreach (var row in PlantedRows())
        {
            var first = row[2].Split('|')[0];
            var exists = row[1] switch
            {
                "B1P3" when row[2].Length > 0 => db.Count($"SELECT COUNT(*) FROM loan WHERE receipt_no = '{first}'") == 1,
                "B3P1" or "B3P2" when row[2].Length > 0 => db.Count($"SELECT COUNT(*) FROM customer WHERE cust_code = '{first}'") == 1,
                "B2P1" or "B2P3" or "B1P2" => db.Count($"SELECT COUNT(*) FROM customer_group WHERE group_code = '{first}'") == 1,
                "B1P7" => db.Count($"SELECT COUNT(*) FROM customer WHERE cust_code = '{first}' AND cust_kind = 'FI'") == 1,
                "B1P6" => db.Count($"SELECT COUNT(*) FROM off_balance WHERE biz_no = '{first}'") == 1,
                "GL" => db.Count($"SELECT COUNT(*) FROM branch WHERE branch_code = '{first}'") == 1,
                "LEDGER" => System.IO.File.ReadAllText(SmallDemoBank.Planted.LedgerFiles[^1]).Contains(first + ",", StringComparison.Ordinal),
                _ => true,
            };
            if (!exists)
            {
                missing.Add(string.Join(',', row));
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void CleanBank_WritesNoPlantedFile()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SmallDemoBank.Clean.PlantedFile, Is.Null);
            Assert.That(System.IO.File.Exists(Path.Combine(Path.GetDirectoryName(SmallDemoBank.Clean.SourceDatabase)!, "planted.csv")), Is.False);
        });
    }

    private static IEnumerable<string[]> PlantedRows() =>
        System.IO.File.ReadAllLines(SmallDemoBank.Planted.PlantedFile!).Skip(1).Select(l => l.Split(','));

    [GeneratedRegex(@"^\| ((?:JBL|WYX|WZX|LJX|HN|TS-DQ|TS-KQ|TJ-KQ)-\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex RuleCode();
}
