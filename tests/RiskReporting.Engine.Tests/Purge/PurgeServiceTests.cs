using System.Globalization;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Audit;
using RiskReporting.Engine.Corrections;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Purge;
using RiskReporting.Engine.Users;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Purge;

/// <summary>Approved destruction (issue #18, 第10条) through the engine, on a real SQLite store: what is past retention, the chain of three approvals, and what execution destroys.</summary>
public sealed class PurgeServiceTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task APurgeOfASupersededBatch_DeletesItsStoredRecordsAndRunFolders_KeepsTheRegister_AndTheChainVerifies()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        var retention = Retention(folder, "superseded_records,0,被取代批次的记录", "run_folder,0,运行目录", "archived_month,100,归档");
        await using var engine = await BankHost.StartAsync(bank, new Dictionary<string, string?> { ["Purge:Retention"] = retention });
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var first = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        await CorrectAsync(engine, bank, first.Run.RunId, ops1, ops2);
        var approvers = await ApproversAsync(engine);
        var purge = engine.Get<PurgeService>();
        var records = engine.Get<IRecordsStore>();
        var rowsBefore = await records.RecordRowsDigestAsync(first.Run.RunId);

        var plan = await purge.PlanAsync(ops1);
        var request = await purge.RequestAsync(ops1);
        foreach (var approver in approvers)
        {
            await purge.ApproveAsync(request.Request.PurgeId, approver);
        }

        var done = await purge.ExecuteAsync(request.Request.PurgeId, ops1);
        var rowsAfter = await records.RecordRowsDigestAsync(first.Run.RunId);
        var verification = await engine.Get<AuditService>().VerifyAsync(await engine.LogInAsync("chen", "auditor"));
        var runs = await engine.Get<IStateStore>().ListRunsAsync(October);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Items.Select(i => (i.Kind, i.Target.Split(' ')[0])), Is.EquivalentTo(new[]
            {
                (RetentionKind.RunFolder, "202610/01"), (RetentionKind.RunFolder, "202610/02"), (RetentionKind.SupersededRecords, "state:run"),
            }));
            Assert.That(plan.Items.Single(i => i.Kind == RetentionKind.SupersededRecords).Sha256, Is.EqualTo(rowsBefore.Sha256));
            Assert.That(rowsBefore.Rows, Is.GreaterThan(0));
            Assert.That(done.Executed, Is.True);
            Assert.That(rowsAfter.Rows, Is.Zero, "the superseded batch's records and findings are gone");
            Assert.That(Directory.Exists(Path.Combine(engine.WorkDirectory, "202610", "01")), Is.False);
            Assert.That(Directory.Exists(Path.Combine(engine.WorkDirectory, "archive", "2026", "Q4", "202610", "01")), Is.True, "the archive is kept (100 years)");
            Assert.That(runs.Select(r => r.Batch), Is.EqualTo(new[] { 1, 2 }), "the register of batches stays");
            Assert.That(verification.Intact, Is.True, verification.Problem);
        });
    }

    [Test]
    public async Task AnItemChangedAfterTheRequest_IsNotDestroyedOnTheApprovalsGivenForWhatItWas()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        var retention = Retention(folder, "run_folder,0,运行目录");
        await using var engine = await BankHost.StartAsync(bank, new Dictionary<string, string?> { ["Purge:Retention"] = retention });
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var purge = engine.Get<PurgeService>();
        var request = await purge.RequestAsync(ops1);
        foreach (var approver in await ApproversAsync(engine))
        {
            await purge.ApproveAsync(request.Request.PurgeId, approver);
        }

        var runFolder = Path.Combine(engine.WorkDirectory, "202610", "01");
        await File.WriteAllTextAsync(Path.Combine(runFolder, "note.txt"), "added after the request");

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => purge.ExecuteAsync(request.Request.PurgeId, ops1));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(refusal.Message, Does.Contain("已变化或不再超过保管期限").And.Contain("202610/01"));
            Assert.That(Directory.Exists(runFolder), Is.True);
        });
    }

    [Test]
    public async Task AnApprovalOutOfOrder_IsRefusedNamingThePositionTheStepNeeds()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        var retention = Retention(folder, "run_folder,0,运行目录");
        await using var engine = await BankHost.StartAsync(bank, new Dictionary<string, string?> { ["Purge:Retention"] = retention });
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var approvers = await ApproversAsync(engine);
        var request = await engine.Get<PurgeService>().RequestAsync(ops1);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<PurgeService>().ApproveAsync(request.Request.PurgeId, approvers[2]));

        Assert.That(refusal!.Code, Is.EqualTo(RefusalCode.NotAllowed));
        Assert.That(refusal.Message, Does.Contain("第 1 步须由客户信息主管批准，'gm' 的职务为总经理"));
    }

    [TestCase("kind,years,what\nbackups,5,备份\n", "第 2 行，字段 kind")]
    [TestCase("kind,years,what\nrun_folder,-1,运行目录\n", "第 2 行，字段 years")]
    [TestCase("kind,years,what\nrun_folder,5,\n", "第 2 行，字段 what")]
    [TestCase("kind,years\nrun_folder,5\n", "第 1 行，字段 header")]
    [TestCase("kind,years,what\nrun_folder,5,a\n\nrun_folder,6,b\n", "第 4 行，字段 kind")]
    public void AMalformedRetentionFile_IsRefusedNamingTheFileTheLineAndTheField(string text, string where)
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("retention.csv");
        File.WriteAllText(file, text);

        var refusal = Assert.Throws<RefusalException>(() => RetentionPolicy.Load(new System.IO.Abstractions.FileSystem(), file));

        Assert.That(refusal!.Code, Is.EqualTo(RefusalCode.InvalidConfiguration));
        Assert.That(refusal.Message, Does.Contain(file + " " + where));
    }

    [Test]
    public void TheShippedRetentionPolicy_NamesEveryKind()
    {
        var policy = RetentionPolicy.Load(new System.IO.Abstractions.FileSystem(), Path.Combine(TestPaths.RepositoryRoot, "rules", "retention.csv"));

        Assert.That(policy.Rules.Select(r => r.Kind), Is.EquivalentTo(RetentionKind.All));
        Assert.That(policy.For(RetentionKind.ArchivedMonth)!.Years, Is.GreaterThanOrEqualTo(30));
    }

    private static string Retention(TemporaryDirectory folder, params string[] lines)
    {
        var file = folder.File("retention.csv");
        File.WriteAllText(file, "kind,years,what\n" + string.Join("\n", lines) + "\n");
        return file;
    }

    /// <summary>head (客户信息主管), mgr (部门经理) and gm (总经理), in the chain's order, positions set by the admin.</summary>
    private static async Task<Actor[]> ApproversAsync(BankHost engine)
    {
        var admin = await engine.LogInAsync("admin", "admin");
        var approvers = new List<Actor>();
        foreach (var (name, position) in new[] { ("head", Positions.CustomerInformationHead), ("mgr", Positions.DepartmentManager), ("gm", Positions.GeneralManager) })
        {
            approvers.Add(await engine.LogInAsync(name, "auditor"));
            await engine.Get<UserService>().SetPositionAsync(name, position, admin);
        }

        return [.. approvers];
    }

    /// <summary>A correction of October with one loan's balance lowered, started by ops3 and approved by ops2: batch 02 supersedes batch 01.</summary>
    private static async Task CorrectAsync(BankHost engine, DemoBankResult bank, string firstRunId, Actor ops1, Actor ops2)
    {
        var loan = (await engine.Get<IStateStore>().LoadRecordsAsync(firstRunId, ["B1P3"]))["B1P3"]
            .First(r => r["CURRENCY"] == "CNY" && r["LOAN_TYPE"] != "2" && decimal.Parse(r["LOAN_BAL"], CultureInfo.InvariantCulture) > 10m);
        using (var connection = new SqliteConnection($"Data Source={bank.SourceDatabase};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE gl_balance SET balance_cny = balance_cny - 10000
                 WHERE as_of = '2026-10-31' AND subject_code = '1301' AND branch_code = (SELECT branch_code FROM loan WHERE receipt_no = $r);
                UPDATE loan_month_end SET balance = balance - 10000 WHERE as_of = '2026-10-31' AND receipt_no = $r;
                """;
            command.Parameters.AddWithValue("$r", loan["RECEIPT_NO"]);
            command.ExecuteNonQuery();
        }

        await engine.Get<CorrectionService>().CorrectAsync(October, "核心系统补记还款1万元", await engine.LogInAsync("ops3", "operator"));
        await Approvals.ExplainEveryWarningAsync(engine, October, ops1);
        await Approvals.WriteStatementAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
    }
}
