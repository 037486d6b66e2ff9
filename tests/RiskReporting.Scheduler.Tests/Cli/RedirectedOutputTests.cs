namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Output read by scripts, logs and mail is never wrapped: a path stays whole on its line.</summary>
public sealed class RedirectedOutputTests
{
    [Test]
    public void Status_WithOutputRedirectedAndNoColumnsSet_PrintsEachTableRowOnOneLine()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        // No COLUMNS: Spectre.Console's default for a redirected stream is 80 columns, which wrapped the package name.
        var status = RiskReportProcess.Run(folder.Path, new Dictionary<string, string?> { ["COLUMNS"] = null }, "status", "--config", "bank/appsettings.json");

        var row = status.Output.Split('\n').Where(l => l.Contains("202610", StringComparison.Ordinal) && l.Contains("B0001H111000001_KHFX", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(status.ExitCode, Is.Zero, status.Error);
            Assert.That(row, Has.Count.EqualTo(1), status.Output);
            Assert.That(row.FirstOrDefault(), Does.Contain("B0001H111000001_KHFX_20261031_01.zip").And.Contain("待审批 (AWAITING_APPROVAL)"), "the package name is whole on the run's row");
        });
    }

    [Test]
    public void Run_WithOutputRedirected_PrintsOnePlainLinePerStepWithItsDuration_NoneWrapped()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");

        var run = RiskReportProcess.Run(folder.Path, new Dictionary<string, string?> { ["COLUMNS"] = null }, "run", "--period", "202610", "--config", "bank/appsettings.json");

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var steps = lines.Where(l => l.StartsWith("步骤 ", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(steps.Select(l => l.Split(':')[0]), Is.EqualTo(new[] { "步骤 抽取 (extract)", "步骤 存储快照 (store)", "步骤 校验 (validate)", "步骤 生成报文 (package)" }));
            Assert.That(steps, Has.All.Match(@"^步骤 \S+ \(\w+\): [\d,]+ 行，用时 \d+\.\d 秒（[\d,]+ 行/秒）$"), "rows and duration on one line");
            Assert.That(lines, Has.Some.Contains(Path.Combine(folder.Path, "bank", "work", "202610", "01")), "the run's folder is whole on its line");
        });
    }
}
