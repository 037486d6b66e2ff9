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
            Assert.That(row.FirstOrDefault(), Does.Contain("B0001H111000001_KHFX_20261031_01.zip").And.Contain("AwaitingApproval"), "the package name is whole on the run's row");
        });
    }
}
