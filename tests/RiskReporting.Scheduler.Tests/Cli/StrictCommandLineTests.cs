namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>A strict command line: an option no verb knows, or a stray argument, is an error naming it, and a verb that writes a package checks Engine:Org before any work.</summary>
public sealed class StrictCommandLineTests
{
    [TestCase("--peroid", "status", "--peroid", "202610", TestName = "Status_WithAMistypedOption_ExitsTwoNamingIt")]
    [TestCase("--kye", "explain", "--period", "202610", "--rule", "TS-DQ-005", "--kye", "K", "--text", "t", TestName = "Explain_WithAMistypedKey_ExitsTwoNamingIt_InsteadOfExplainingTheWholeRule")]
    [TestCase("--org", "correct", "--period", "202610", "--reason", "r", "--org", "B0001H111000001", TestName = "Correct_WithAnOptionOnlyRunTakes_ExitsTwoNamingIt")]
    [TestCase("--kye", "disputes", "list", "--kye", "K", TestName = "DisputesList_ABranchCommandWithAMistypedOption_ExitsTwoNamingIt")]
    [TestCase("--user", "approve", "--period", "202610", "--user", "ops1", TestName = "Approve_WithTheRemovedUserOption_ExitsTwoNamingIt_TheSessionSaysWhoActs")]
    [TestCase("--user", "run", "--period", "202610", "--user", "ops1", TestName = "Run_WithTheRemovedUserOption_ExitsTwoNamingIt")]
    [TestCase("--peroid", "rules", "preview", "--peroid", "202610", "--rules", "x", TestName = "RulesPreview_ABranchCommandWithAMistypedOption_ExitsTwoNamingIt")]
    [TestCase("stray", "users", "list", "stray", TestName = "UsersList_WithAStrayArgument_ExitsTwoNamingIt")]
    public void UnknownOptionOrStrayArgument_ExitsTwoNamingIt(string named, params string[] arguments)
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, arguments);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Output + result.Error);
            Assert.That(result.Error, Does.Contain($"'{named}'"));
            Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(Directory.Exists(folder.File("work")), Is.False, "nothing was done");
        });
    }

    [TestCase("--period", "run", "--period", "202610", "--period", TestName = "Run_WithAPeriodOptionGivenLastWithNoValue_ExitsTwoNamingIt")]
    [TestCase("--work", "status", "--work", TestName = "Status_WithAWorkOptionGivenLastWithNoValue_ExitsTwoNamingIt_AndMakesNoFolder")]
    [TestCase("--run", "logs", "--run", TestName = "Logs_WithARunOptionGivenLastWithNoValue_ExitsTwoNamingIt")]
    public void AValueOptionGivenLastWithNoValue_ExitsTwoNamingIt(string named, params string[] arguments)
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, arguments);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Output + result.Error);
            Assert.That(result.Error.Trim(), Is.EqualTo($"riskreport: 用法错误 (usage): {named} 缺少值 (missing value)：在 {named} 后给出它的值，见该命令的 --help。"));
            Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.Empty, "nothing was made, not even a folder named after Spectre's stand-in for the value");
        });
    }

    [Test]
    public void Version_PrintsTheEngineVersion()
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, "--version");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Output.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
        });
    }

    [TestCase("", TestName = "Correct_WithAnEmptyEngineOrg_ExitsTwoNamingEngineOrg_BeforeAnyWork")]
    [TestCase("b0001h11100000", TestName = "Correct_WithAMalformedEngineOrg_ExitsTwoNamingEngineOrg_BeforeAnyWork")]
    public void Correct_WithABadEngineOrg_ExitsTwoNamingIt_BeforeAnyWork(string org)
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var settings = folder.File("bank/appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"B0001H111000001\"", $"\"{org}\"", StringComparison.Ordinal));

        var result = RiskReportProcess.Run(folder.Path, "correct", "--period", "202610", "--reason", "更正", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Output + result.Error);
            Assert.That(result.Error, Does.Contain("Engine:Org"));
            Assert.That(Directory.Exists(folder.File("bank/work/202610")), Is.False, "no batch was started");
        });
    }
}
