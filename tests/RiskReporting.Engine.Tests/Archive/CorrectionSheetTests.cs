using System.Globalization;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Corrections;
using RiskReporting.Testing;
using UglyToad.PdfPig;

namespace RiskReporting.Engine.Tests.Archive;

/// <summary>The 统计数字订正单 (issue #18, 第11–12条): a correction's approval files a PDF of each changed value, attached to the original batch too.</summary>
public sealed class CorrectionSheetTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ApprovingACorrection_FilesASheetWithTheOriginalAndCorrectedValue_TheReasonAndWho_BesideBothBatches()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        await using var engine = await BankHost.StartAsync(bank);
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var first = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var loan = (await engine.Get<IStateStore>().LoadRecordsAsync(first.Run.RunId, ["B1P3"]))["B1P3"]
            .First(r => r["CURRENCY"] == "CNY" && r["LOAN_TYPE"] != "2" && decimal.Parse(r["LOAN_BAL"], CultureInfo.InvariantCulture) > 10m);
        LowerLoanBalance(bank.SourceDatabase, loan["RECEIPT_NO"], 10_000.00m);

        var corrector = await engine.LogInAsync("ops3", "operator");
        await engine.Get<CorrectionService>().CorrectAsync(October, "核心系统补记还款1万元", corrector);
        await Approvals.ExplainEveryWarningAsync(engine, October, ops1);
        await Approvals.WriteStatementAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);

        var month = Path.Combine(engine.WorkDirectory, "archive", "2026", "Q4", "202610");
        var sheet = Path.Combine(month, "02", "订正单-02.pdf");
        using var pdf = PdfDocument.Open(sheet);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        var corrected = (decimal.Parse(loan["LOAN_BAL"], CultureInfo.InvariantCulture) - 1.00m).ToString("0.00", CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("统计数字订正单"));
            Assert.That(text, Does.Contain("核心系统补记还款1万元"));
            Assert.That(text, Does.Contain("订正人：ops3").And.Contain("审批人：ops2"));
            Assert.That(text, Does.Contain("B1P3" + loan.Key + "LOAN_BAL" + loan["LOAN_BAL"] + corrected).Or.Contain($"B1P3 {loan.Key} LOAN_BAL {loan["LOAN_BAL"]} {corrected}"),
                "the loan's original and corrected balance");
            Assert.That(File.ReadAllBytes(Path.Combine(month, "01", "订正单-02.pdf")), Is.EqualTo(File.ReadAllBytes(sheet)), "attached to the original batch");
            Assert.That(File.ReadAllText(Path.Combine(month, "02", "manifest.json")), Does.Contain("订正单-02.pdf"));
        });
    }

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
}
