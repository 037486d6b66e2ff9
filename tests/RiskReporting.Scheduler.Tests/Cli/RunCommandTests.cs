using System.Security.Cryptography;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>`riskreport run` as outside tools drive it: outputs under WORK/YYYYMM/BATCH/ and the exit codes of the contract.</summary>
public sealed class RunCommandTests
{
    [Test]
    public void Run_CleanTinyBank_BuildsThePackageAndExitsZero()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(System.IO.File.Exists(folder.File("bank/work/202610/01/B0001H111000001_KHFX_20261031_01.zip")), Is.True);
            Assert.That(System.IO.File.ReadAllText(folder.File("bank/work/202610/01/findings.csv")), Does.StartWith("rule,severity,part,key,field,value,branch,message\n"));
            Assert.That(System.IO.File.ReadAllText(folder.File("bank/work/202610/01/run.log")), Does.Contain("发起人 (started by) ops1").And.Contain("sha256"));
        });
    }

    [Test]
    public void Run_TwiceInSeparateProcesses_GivesByteIdenticalPackages()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var package = folder.File("bank/work/202609/01/B0001H111000001_KHFX_20260930_01.zip");

        RiskReportProcess.Run(folder.Path, "run", "--period", "202609", "--config", "bank/appsettings.json");
        var first = SHA256.HashData(System.IO.File.ReadAllBytes(package));
        var second = RiskReportProcess.Run(folder.Path, "run", "--period", "202609", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(SHA256.HashData(System.IO.File.ReadAllBytes(package)), Is.EqualTo(first));
        });
    }

    [Test]
    public void Run_WithRecordsSpilledToDisk_GivesThePackageOfAnInMemoryRun_AndLeavesNoSpillFolder()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var settings = folder.File("bank/appsettings.json");
        var package = folder.File("bank/work/202610/01/B0001H111000001_KHFX_20261031_01.zip");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var inMemory = SHA256.HashData(System.IO.File.ReadAllBytes(package));
        System.IO.File.WriteAllText(settings, System.IO.File.ReadAllText(settings).Replace("\"Inbox\": \"inbox\",", "\"Inbox\": \"inbox\", \"RecordsInMemory\": 7,", StringComparison.Ordinal));

        var spilled = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(spilled.ExitCode, Is.Zero, spilled.Error);
            Assert.That(System.IO.File.ReadAllText(folder.File("bank/work/202610/01/run.log")), Does.Match("sorted on disk.*B1P3 [0-9]+ 段 \\(runs\\)"));
            Assert.That(SHA256.HashData(System.IO.File.ReadAllBytes(package)), Is.EqualTo(inMemory));
            Assert.That(Directory.GetFileSystemEntries(folder.File("bank/work/202610/01")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "B0001H111000001_KHFX_20261031_01.zip", "findings.csv", "findings.xlsx", "run.log" }));
        });
    }

    [Test]
    public void Run_PlantedBank_IsBlockedByTheLedgerRowOfACorporateCounterparty()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var planted = System.IO.File.ReadAllLines(folder.File("bank/planted.csv"));

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var findings = System.IO.File.ReadAllText(folder.File("bank/work/202610/01/findings.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3), result.Error);
            Assert.That(Directory.GetFiles(folder.File("bank/work/202610/01"), "*.zip*"), Is.Empty, "the package written beside validation is discarded, temporary file and all");
            foreach (var rule in new[] { "WZX-004,LEDGER,", "TS-DQ-010,B3P1," })
            {
                var line = planted.Single(l => l.StartsWith(rule, StringComparison.Ordinal));
                var (code, part, key) = (line.Split(',')[0], line.Split(',')[1], line.Split(',')[2]);
                Assert.That(findings, Does.Contain($"{code},{(code.StartsWith("WZX", StringComparison.Ordinal) ? "ERROR" : "WARNING")},{part},{key},"));
            }
        });
    }

    [Test]
    public void Run_BeforeTheLedgerArrives_WaitsWithExitFour()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        System.IO.File.Delete(folder.File("bank/inbox/TYYWTZ_202610.csv"));

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(4), result.Error);
            Assert.That(result.Output, Does.Contain("TYYWTZ_202610"));
        });
    }

    [Test]
    public void Run_WithAMissingSource_FailsWithOneLineNamingIt()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json", "--source", "sqlite:nowhere.db");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Error, Does.Contain("nowhere.db"));
        });
    }

    [Test]
    public void Run_AMalformedLedger_FailsNamingLineAndColumn_AndBuildsNothing()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var ledger = folder.File("bank/inbox/TYYWTZ_202610.csv");
        var lines = System.IO.File.ReadAllLines(ledger);
        lines[2] = lines[2].Replace(",CNY,", ",XXX,", StringComparison.Ordinal);
        System.IO.File.WriteAllLines(ledger, lines);

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("TYYWTZ_202610.csv").And.Contain("line 3").And.Contain("币种"));
            Assert.That(Directory.GetFiles(folder.File("bank/work/202610/01"), "*.zip*"), Is.Empty, "a run that failed leaves no package, temporary file and all");
        });
    }
}
