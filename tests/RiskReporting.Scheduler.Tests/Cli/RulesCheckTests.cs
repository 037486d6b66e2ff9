using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Cli;

public sealed class RulesCheckTests
{
    [Test]
    public void RulesCheck_ShippedRulesOnTheDemoBank_AreOk()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");

        var result = RiskReportProcess.Run(folder.Path, "rules", "check", "--config", "bank/appsettings.json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }

    [Test]
    public void RulesCheck_AMisspelledColumn_NamesFileLineAndColumn()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction"), folder.File("rules"));
        var loans = folder.File("rules/2026.1-1/loans.sql");
        File.WriteAllText(loans, File.ReadAllText(loans).Replace("m.overdue_days", "m.overdue_dayz", StringComparison.Ordinal));

        var result = RiskReportProcess.Run(folder.Path, "rules", "check", "--config", "bank/appsettings.json", "--rules", "rules");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("loans.sql line 4: column overdue_dayz"));
        });
    }

    [Test]
    public void RulesCheck_ARuleSetWithoutEffectivePeriod_IsReportedWithItsFile()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction"), folder.File("rules"));
        File.WriteAllText(folder.File("rules/2026.1-1/ruleset.json"), "{ \"version\": \"x\" }");

        var result = RiskReportProcess.Run(folder.Path, "rules", "check", "--config", "bank/appsettings.json", "--rules", "rules");

        Assert.That(result.Error, Does.Contain("ruleset.json").And.Contain("effectiveFrom"));
    }

    [Test]
    public void RulesPreview_ACandidateThatDropsDiscounts_ListsTheRemovedLoansAndTheChangedLines()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction"), folder.File("candidate"));
        var loans = folder.File("candidate/2026.1-1/loans.sql");
        File.WriteAllText(loans, File.ReadAllText(loans) + " AND l.loan_type <> '2'\n");
        File.WriteAllText(folder.File("candidate/2026.1-1/ruleset.json"), "{ \"version\": \"2026.1-2-candidate\", \"effectiveFrom\": \"202601\" }");

        var result = RiskReportProcess.Run(folder.Path, "rules", "preview", "--period", "202610", "--rules", "candidate", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Output, Does.Contain("2026.1-2-candidate"));
            Assert.That(result.Output, Does.Contain("-JJ"), "removed discount receipts are listed");
            Assert.That(result.Output, Does.Contain("LOAN_BAL"), "lines whose loan balance changed are listed with the field");
        });
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
