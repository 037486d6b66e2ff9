using System.Text.Json.Nodes;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>The conformance gate as an operator meets it (issue #13): `run` exits 1 with the problems on stderr, and `approve` refuses the batch.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ConformanceGateCommandTests
{
    [Test]
    public void APackageTheConfiguredCheckerRejects_FailsRunOnStderr_AndApproveRefusesIt()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Result Cli(params string[] args) => RiskReportProcess.Run(folder.Path, [.. args, "--config", "bank/appsettings.json"]);
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var checker = folder.File("reject.sh");
        File.WriteAllText(checker, "#!/bin/sh\necho \"$1:0: rejected by the bank's checking client\"\nexit 1\n");
        File.SetUnixFileMode(checker, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var settings = folder.File("bank/appsettings.json");
        var json = JsonNode.Parse(File.ReadAllText(settings))!;
        json["Engine"]!["ConformanceChecker"] = checker;
        File.WriteAllText(settings, json.ToJsonString());
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").ByDefault("ops1");

        var run = Cli("run", "--period", "202610");
        var approve = users.As("ops2", "approve", "--period", "202610");
        var package = folder.File("bank/work/202610/01/B0001H111000001_KHFX_20261031_01.zip");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.Contain(
                $"riskreport: 失败 (failed): 报文 B0001H111000001_KHFX_20261031_01.zip 未通过合规检查 (conformance gate)，共 2 个问题，已改名为 {package}.rejected：" +
                $"Engine:ConformanceChecker {checker} 退出码 (exit code) 1；{package}:0: rejected by the bank's checking client"));
            Assert.That(File.Exists(package + ".rejected"), Is.True);
            Assert.That(approve.ExitCode, Is.EqualTo(5), approve.Error);
            Assert.That(approve.Error, Does.Contain("状态为 失败 (FAILED)，不在待审批状态"));
        });
    }
}
