using RiskReporting.Testing;

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

    [Test]
    public void DemoInitVerifyAndRulesPreview_WithOutputRedirected_EachPrintOnePlainLinePerStep()
    {
        using var folder = RiskReportProcess.NewFolder();
        var noColumns = new Dictionary<string, string?> { ["COLUMNS"] = null };

        var init = RiskReportProcess.Run(folder.Path, noColumns, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var verify = RiskReportProcess.Run(folder.Path, noColumns, "verify", "--period", "202610", "--batch", "1", "--config", "bank/appsettings.json");
        var rules = Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction");
        foreach (var file in Directory.GetFiles(rules, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder.File("candidate"), Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var preview = RiskReportProcess.Run(folder.Path, noColumns, "rules", "preview", "--period", "202610", "--rules", "candidate", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(init.ExitCode, Is.Zero, init.Error);
            Assert.That(Steps(init), Is.EqualTo(new[] { "步骤 对公客户 (corporate customers)", "步骤 个人贷款 (retail loans)" }), init.Output);
            Assert.That(verify.ExitCode, Is.Zero, verify.Error);
            Assert.That(Steps(verify), Is.EqualTo(new[] { "步骤 读取快照 (load)", "步骤 生成报文 (package)", "步骤 比对 (compare)" }), verify.Output);
            Assert.That(preview.ExitCode, Is.Zero, preview.Error);
            Assert.That(Steps(preview), Is.EqualTo(new[] { "步骤 抽取 (extract)", "步骤 比对 (compare)" }), preview.Output);
            Assert.That(StepLines(init).Concat(StepLines(verify)).Concat(StepLines(preview)), Has.All.Match(@"^步骤 .+: [\d,]+ 行，用时 \d+\.\d 秒（[\d,]+ 行/秒）$"));
        });
    }

    private static List<string> StepLines(RiskReportProcess.Result result) =>
        [.. result.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("步骤 ", StringComparison.Ordinal))];

    private static List<string> Steps(RiskReportProcess.Result result) => [.. StepLines(result).Select(l => l[..l.LastIndexOf(':')])];
}
