using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Core.Text;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>订正: after publication, a changed loan balance gives batch 02 whose correction file names exactly the records that changed.</summary>
public sealed class CorrectionTests
{
    [Test]
    public async Task OneLoanBalanceChanged_CorrectionListsThatLoanAndItsLineRow_AndNothingElse()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Result Cli(params string[] args) => RiskReportProcess.Run(folder.Path, [.. args, "--config", "bank/appsettings.json"]);
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "small");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").ByDefault("ops1");
        Assert.That(Cli("run", "--period", "202610").ExitCode, Is.Zero);
        users.WritesStatement("ops2", "202610");
        Assert.That(users.As("ops1", "approve", "--period", "202610").ExitCode, Is.Zero);
        var unchanged = users.As("ops1", "correct", "--period", "202610", "--reason", "复核");

        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var first = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var records = await store.LoadRecordsAsync(first.RunId, ["B1P1", "B1P3"]);
        var line = records["B1P1"].First(r => r["CUST_TYPE"] == "2" && r["CREDIT_NO"] != "WNRSXYW" && decimal.Parse(r["CREDIT_LIMIT"], System.Globalization.CultureInfo.InvariantCulture) >= 5000m);
        var loan = records["B1P3"].First(r => r["CUST_CODE"] == line["CUST_CODE"] && r["CREDIT_NO"] == line["CREDIT_NO"] && r["CURRENCY"] == "CNY" && r["LOAN_TYPE"] != "2");
        LowerLoanBalance(folder.File("bank/source.db"), loan["RECEIPT_NO"], 10_000.00m);

        var corrected = users.As("ops1", "correct", "--period", "202610", "--reason", "核心系统补记还款1万元");
        var package = folder.File("bank/work/202610/02/B0001H111000001_KHFX_20261031_02.zip");
        var corrections = CorrectionLines(package);
        var verifyFirst = Cli("verify", "--period", "202610", "--batch", "1");
        var verifySecond = Cli("verify", "--period", "202610", "--batch", "2");

        Assert.Multiple(() =>
        {
            Assert.That(unchanged.ExitCode, Is.EqualTo(5));
            Assert.That(unchanged.Error, Does.Contain("nothing changed"));
            Assert.That(corrected.ExitCode, Is.Zero, corrected.Error);
            Assert.That(corrections, Is.EqualTo(new[]
            {
                $"<C part=\"B1P1\" key=\"{line.Key}\" action=\"U\" fields=\"LOAN_BAL;USED_TOTAL;AVAILABLE\"/>",
                $"<C part=\"B1P3\" key=\"{loan.Key}\" action=\"U\" fields=\"LOAN_BAL\"/>",
            }));
            Assert.That(Khfx(package), Is.Zero);
            Assert.That(Khfx(folder.File("bank/work/outbox/B0001H111000001_KHFX_20261031_01.zip")), Is.Zero, "the first batch of the small bank, as published");
            Assert.That(verifyFirst.ExitCode, Is.Zero, verifyFirst.Error);
            Assert.That(verifySecond.ExitCode, Is.Zero, verifySecond.Error);
        });
    }

    /// <summary>The core system books a repayment: the loan's month-end balance and the branch's ledger both go down, so the HN rules still agree.</summary>
    private static void LowerLoanBalance(string sourceDb, string receipt, decimal amount)
    {
        using var connection = new SqliteConnection($"Data Source={sourceDb};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE gl_balance SET balance_cny = balance_cny - $a
             WHERE as_of = '2026-10-31' AND subject_code = '1301' AND branch_code = (SELECT branch_code FROM loan WHERE receipt_no = $r);
            UPDATE loan_month_end SET balance = balance - $a WHERE as_of = '2026-10-31' AND receipt_no = $r;
            """;
        command.Parameters.AddWithValue("$a", (double)amount);
        command.Parameters.AddWithValue("$r", receipt);
        command.ExecuteNonQuery();
    }

    private static string[] CorrectionLines(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("_CORR.xml", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open(), Gb18030.Encoding);
        return [.. reader.ReadToEnd().Split("\r\n").Where(l => l.StartsWith("<C ", StringComparison.Ordinal))];
    }

    private static int Khfx(string package)
    {
        var (exitCode, output) = KhfxChecker.Check(package);
        TestContext.Out.WriteLine(output);
        return exitCode;
    }
}
