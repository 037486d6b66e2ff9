using System.Globalization;
using System.Text;
using RiskReporting.Core.Codes;

namespace RiskReporting.DemoBank.Tests;

/// <summary>The generated ledger files read as interbank-ledger.md says a delivered file must.</summary>
public sealed class InterbankLedgerFileTests
{
    private static readonly string[] Columns = ["交易编号", "交易对手客户代码", "交易对手名称", "业务类型", "币种", "余额", "起息日", "到期日", "经办机构"];

    [Test]
    public void EveryLedgerFile_ParsesPerTheSpec_WithFiCounterpartiesAndKnownBranches()
    {
        using var db = new SourceDatabase(SmallDemoBank.Clean.SourceDatabase);
        var fi = db.Rows("SELECT cust_code FROM customer WHERE cust_kind = 'FI'").Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        var branches = db.Rows("SELECT branch_code FROM branch").Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        var currencies = CodeLists.Embedded["currency"];
        var types = CodeLists.Embedded["ledger_business_type"];

        Assert.That(SmallDemoBank.Clean.LedgerFiles, Has.Count.EqualTo(2));
        foreach (var file in SmallDemoBank.Clean.LedgerFiles)
        {
            var bytes = System.IO.File.ReadAllBytes(file);
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            var lines = text.Split("\r\n").Where(l => l.Length > 0).ToList();
            var problems = new List<string>();
            if (!lines[0].Split(',').SequenceEqual(Columns))
            {
                problems.Add("line 1: header " + lines[0]);
            }

            var deals = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < lines.Count; i++)
            {
                var f = lines[i].Split(',');
                var at = $"{Path.GetFileName(file)} line {i + 1}";
                if (f.Length != 9)
                {
                    problems.Add($"{at}: {f.Length} fields");
                    continue;
                }

                if (!deals.Add(f[0])) problems.Add($"{at}: repeated deal {f[0]}");
                if (!fi.Contains(f[1])) problems.Add($"{at}: counterparty {f[1]} is not an FI customer");
                if (!types.Contains(f[3])) problems.Add($"{at}: business type {f[3]}");
                if (!currencies.Contains(f[4])) problems.Add($"{at}: currency {f[4]}");
                if (!decimal.TryParse(f[5], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var balance) || balance < 0 || decimal.Round(balance, 2) != balance) problems.Add($"{at}: balance {f[5]}");
                if (!DateOnly.TryParseExact(f[6], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) problems.Add($"{at}: value date {f[6]}");
                if (f[7].Length > 0 && !DateOnly.TryParseExact(f[7], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) problems.Add($"{at}: maturity {f[7]}");
                if (!branches.Contains(f[8])) problems.Add($"{at}: branch {f[8]}");
            }

            Assert.That(problems, Is.Empty, file);
            Assert.That(deals, Has.Count.GreaterThan(40), file);
        }
    }
}
