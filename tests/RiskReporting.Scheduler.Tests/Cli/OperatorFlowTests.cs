namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>The credit-management operator's verbs on a planted bank: explain warnings, adjust a field, see it all in status and trace.</summary>
public sealed class OperatorFlowTests
{
    [Test]
    public void Explain_AWarning_ByAnOperator_IsShownAsExplained_OthersAreRefused()
    {
        using var folder = PlantedBankAfterOneRun(out var planted, out var users);
        var warning = planted.Single(p => p[0] == "TS-DQ-005");

        var byBranch = users.As("branch1", "explain", "--period", "202610", "--rule", "TS-DQ-005", "--key", warning[2], "--text", "已追加授信");
        var onError = users.As("ops1", "explain", "--period", "202610", "--rule", "JBL-003", "--text", "x");
        var explained = users.As("ops1", "explain", "--period", "202610", "--rule", "TS-DQ-005", "--key", warning[2], "--text", "已于11月追加授信额度");
        var status = Cli("status", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(byBranch.ExitCode, Is.EqualTo(6), "a role that may not explain is exit 6");
            Assert.That(byBranch.Error, Does.Contain("branch1").And.Contain("需要角色 (needs the role) operator"));
            Assert.That(onError.ExitCode, Is.EqualTo(2));
            Assert.That(onError.Error, Does.Contain("错误级 (ERROR) 规则"));
            Assert.That(explained.ExitCode, Is.Zero, explained.Error);
            Assert.That(status.Output, Does.Contain("已说明 TS-DQ-005").And.Contain("已于11月追加授信额度").And.Contain("ops1"));
            Assert.That(status.Output, Does.Contain("待说明 TS-DQ-001"));
        });

        RiskReportProcess.Result Cli(params string[] args) => RiskReportProcess.Run(folder.Path, [.. args, "--config", "bank/appsettings.json"]);
    }

    [Test]
    public void Override_IsAppliedBeforeValidation_ShownByTraceAndStatus_AndItsRemovalRecorded()
    {
        using var folder = PlantedBankAfterOneRun(out var planted, out var users);
        var badCode = planted.Single(p => p[0] == "JBL-003");

        var added = users.As("ops1", "override", "--period", "202610", "--part", "B1P3", "--key", badCode[2], "--field", "LOAN_TYPE", "--value", "1", "--reason", "核心系统贷款类型码值错误，11月版本修复");
        var onKey = users.As("ops1", "override", "--period", "202610", "--part", "B1P3", "--key", badCode[2], "--field", "RECEIPT_NO", "--value", "X", "--reason", "x");
        Cli("run", "--period", "202610");
        var findings = File.ReadAllText(folder.File("bank/work/202610/01/findings.csv"));
        var trace = Cli("trace", "--period", "202610", "--part", "B1P3", "--key", badCode[2]);
        var id = added.Output.Split(' ')[1];
        var removed = users.As("ops1", "override", "--remove", id);
        var status = Cli("status", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(added.ExitCode, Is.Zero, added.Error);
            Assert.That(onKey.ExitCode, Is.EqualTo(2), "a key field is corrected in the source");
            Assert.That(findings, Does.Not.Contain($"JBL-003,ERROR,B1P3,{badCode[2]},"));
            Assert.That(File.ReadAllText(folder.File("bank/work/202610/01/run.log")), Does.Contain($"补录 (override) {id} 已应用 (applied)"));
            Assert.That(trace.Output, Does.Contain("补录 " + id).And.Contain("LOAN_TYPE = 1"));
            Assert.That(removed.ExitCode, Is.Zero, removed.Error);
            Assert.That(status.Output, Does.Contain("已撤销（ops1）"));
        });

        RiskReportProcess.Result Cli(params string[] args) => RiskReportProcess.Run(folder.Path, [.. args, "--config", "bank/appsettings.json"]);
    }

    private static Testing.TemporaryDirectory PlantedBankAfterOneRun(out List<string[]> planted, out CliUsers users)
    {
        var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("branch1", "branch:100001").ByDefault("ops1");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        planted = [.. File.ReadAllLines(folder.File("bank/planted.csv")).Skip(1).Select(l => l.Split(','))];
        return folder;
    }
}
