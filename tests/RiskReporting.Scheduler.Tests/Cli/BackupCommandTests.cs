using System.IO.Compression;
using System.Text.Json;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>`backup` and `restore` (issue #18, itops): a backup taken while a run writes restores into a folder where `verify` and `audit verify` pass; a tampered one is refused.</summary>
public sealed class BackupCommandTests
{
    private const string September = "B0001H111000001_KHFX_20260930_01.zip";

    [Test]
    public void ABackupTakenWhileARunWrites_RestoresIntoAWorkFolderWhereVerifyAndAuditVerifyPass()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = PublishedSeptember(folder, "small");
        var october = folder.File("bank/work/202610/01/run.log");
        using var run = RiskReportProcess.Start(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        // The backup starts as soon as the run has begun: since issue #16 a small bank's run ends within seconds of storing its snapshot.
        var writing = Until(() => File.Exists(october) && Shared(october).Contains("发起人 (started by)", StringComparison.Ordinal), () => run.HasExited);

        var backup = users.As("it", "backup", "--out", "backups/during-run.zip");
        var stillRunning = !run.HasExited;
        var finished = run.WaitForExit(TimeSpan.FromMinutes(3));
        var restore = users.As("it", "restore", "backups/during-run.zip", "--into", "restored");
        var verify = users.As("chen", "verify", "--period", "202609", "--batch", "1", "--work", "restored");
        var auditVerify = users.As("chen", "audit", "verify", "--work", "restored");
        var restoredStatus = users.As("ops1", "status", "--period", "202610", "--work", "restored");
        using var zip = ZipFile.OpenRead(folder.File("backups/during-run.zip"));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var members = manifest.RootElement.GetProperty("Members").EnumerateArray().Select(m => m.GetProperty("Name").GetString()!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(writing, Is.True, "the run started and went on writing");
            Assert.That(backup.ExitCode, Is.Zero, backup.Error);
            Assert.That(stillRunning, Is.True, "the backup was taken while the run was writing its snapshot, findings and package");
            Assert.That(finished && run.ExitCode == 0, Is.True, "the run finished undisturbed: " + run.StandardError.ReadToEnd());
            Assert.That(backup.Output, Does.Match("sha256 [0-9a-f]{64}"));
            Assert.That(backup.Output, Does.Contain("sha256 " + Sha256(folder.File("backups/during-run.zip"))), "the printed SHA-256 is the file's");
            Assert.That(members, Does.Contain("state.db").And.Contain("outbox/" + September).And.Contain("outbox/" + September + ".audit-head")
                .And.Contain("archive/2026/Q3/202609/01/manifest.json").And.Contain("config/appsettings.json").And.Contain("work/202609/01/run.log"));
            Assert.That(members, Has.None.EndsWith(".tmp"), "no file still being written is taken");
            Assert.That(Directory.GetFiles(folder.File("backups")).Select(Path.GetFileName), Is.EqualTo(new[] { "during-run.zip" }), "no temporary file left");
            Assert.That(restore.ExitCode, Is.Zero, restore.Output + restore.Error);
            Assert.That(restore.Output, Does.Contain("audit verify：审计链完好 (intact)"));
            Assert.That(restore.Output, Does.Match(@"verify 2026(09|10) 01：B0001H111000001_KHFX_2026(0930|1031)_01\.zip 验证通过 \(verified\)"), "the latest batch the copy holds with a package");
            Assert.That(verify.ExitCode, Is.Zero, verify.Error);
            Assert.That(verify.Output, Does.Contain(September + " 验证通过 (verified)"));
            Assert.That(auditVerify.ExitCode, Is.Zero, auditVerify.Error);
            Assert.That(restoredStatus.ExitCode, Is.Zero, restoredStatus.Error);
            Assert.That(File.ReadAllBytes(folder.File("restored/outbox/" + September)), Is.EqualTo(File.ReadAllBytes(folder.File("bank/work/outbox/" + September))));
        });
    }

    [Test]
    public void ARestore_RefusesATamperedBackup_ANonEmptyFolder_AndAnyoneButItOps()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = PublishedSeptember(folder, "tiny");
        Assert.That(users.As("it", "backup", "--out", "good.zip").ExitCode, Is.Zero);
        Tamper(folder.File("good.zip"), folder.File("tampered.zip"), "archive/2026/Q3/202609/01/statement.txt");
        Directory.CreateDirectory(folder.File("busy"));
        File.WriteAllText(folder.File("busy/keep.txt"), "x");

        var tampered = users.As("it", "restore", "tampered.zip", "--into", "restored");
        var busy = users.As("it", "restore", "good.zip", "--into", "busy");
        var byOperator = users.As("ops1", "backup", "--out", "other.zip");
        var again = users.As("it", "backup", "--out", "good.zip");
        var good = users.As("it", "restore", "good.zip", "--into", "restored");

        Assert.Multiple(() =>
        {
            Assert.That(tampered.ExitCode, Is.EqualTo(1), tampered.Output);
            Assert.That(tampered.Error, Does.Contain("未通过校验").And.Contain("archive/2026/Q3/202609/01/statement.txt 的 SHA-256"));
            Assert.That(busy.ExitCode, Is.EqualTo(5), busy.Error);
            Assert.That(busy.Error, Does.Contain("不是空文件夹"));
            Assert.That(File.ReadAllText(folder.File("busy/keep.txt")), Is.EqualTo("x"));
            Assert.That(byOperator.ExitCode, Is.EqualTo(6), byOperator.Error);
            Assert.That(File.Exists(folder.File("other.zip")), Is.False);
            Assert.That(again.ExitCode, Is.EqualTo(5), "a backup never overwrites a file");
            Assert.That(good.ExitCode, Is.Zero, good.Output + good.Error);
            Assert.That(Directory.GetDirectories(folder.Path).Select(Path.GetFileName), Has.None.EndsWith(".tmp"));
        });
    }

    /// <summary>A demo bank whose September is run, explained (文字说明 by ops2) and approved by ops1, with an itops user "it" and an auditor "chen".</summary>
    private static CliUsers PublishedSeptember(RiskReporting.Testing.TemporaryDirectory folder, string size)
    {
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", size, "--periods", "202609,202610");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json")
            .Add("ops1", "operator").Add("ops2", "operator").Add("it", "itops").Add("chen", "auditor").ByDefault("ops1");
        Assert.That(users.As("ops1", "run", "--period", "202609").ExitCode, Is.Zero);
        users.WritesStatement("ops2", "202609");
        Assert.That(users.As("ops1", "approve", "--period", "202609").ExitCode, Is.Zero);
        return users;
    }

    private static bool Until(Func<bool> condition, Func<bool> gaveUp)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !gaveUp())
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return condition();
    }

    private static string Shared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The same zip with one byte more in one member: its manifest entry left as it was.</summary>
    private static void Tamper(string source, string target, string member)
    {
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var entry in input.Entries)
        {
            using var from = entry.Open();
            using var buffer = new MemoryStream();
            from.CopyTo(buffer);
            if (entry.FullName == member)
            {
                buffer.WriteByte((byte)'!');
            }

            using var to = output.CreateEntry(entry.FullName).Open();
            buffer.Position = 0;
            buffer.CopyTo(to);
        }
    }
}
