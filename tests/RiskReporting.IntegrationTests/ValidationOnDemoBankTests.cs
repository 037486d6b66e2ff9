using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Snapshots;
using RiskReporting.DemoBank;
using RiskReporting.Extraction;
using RiskReporting.Testing;
using RiskReporting.Validation;
using RiskReporting.Validation.Catalogue;
using RiskReporting.Validation.Findings;

namespace RiskReporting.IntegrationTests;

/// <summary>The rule catalogue on generated banks: a clean bank raises no ERROR, a planted bank reports every planted case.</summary>
public sealed class ValidationOnDemoBankTests
{
    internal static RuleCatalogue Catalogue => RuleCatalogue.Load(new FileSystem(), Path.Combine(TestPaths.RepositoryRoot, "rules", "catalogue.csv"), SnapshotValidator.Implemented);

    [TestCase("202609")]
    [TestCase("202610")]
    public void CleanSmallBank_RaisesNoErrorFinding(string period)
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Small);

        var findings = Validate(bank, ReportingPeriod.Parse(period));

        Assert.That(findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Rule} {f.Part} {f.Key} {f.Field} {f.Value}"), Is.Empty);
    }

    [Test]
    public void PlantedBank_ReportsEveryPlantedCaseOfTheCurrentPeriodRules_UnderItsCodePartAndKey()
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Tiny, plant: true);

        // The cross-period cases need an approved batch of the period before; CrossPeriodFlowTests runs that flow.
        var planted = File.ReadAllLines(bank.PlantedFile!).Skip(1).Select(l => l.Split(','))
            .Where(p => !p[0].StartsWith("TS-KQ", StringComparison.Ordinal) && !p[0].StartsWith("TJ-KQ", StringComparison.Ordinal)).ToList();

        var findings = Validate(bank, ReportingPeriod.Parse("202610")).Select(f => (f.Rule, f.Part, f.Key)).ToHashSet();

        Assert.That(planted.Select(p => p[0]).Distinct(), Has.Exactly(SnapshotValidator.Implemented.Count - 6).Items);
        Assert.That(planted.Where(p => !findings.Contains((p[0], p[1], p[2]))).Select(p => string.Join(',', p)), Is.Empty);
    }

    [Test]
    public void PlantedBank_PeriodBefore_StaysCleanForTheCrossPeriodComparison()
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Tiny, plant: true);

        var findings = Validate(bank, ReportingPeriod.Parse("202609"));

        Assert.That(findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Rule} {f.Part} {f.Key}"), Is.Empty);
    }

    private static IReadOnlyList<Finding> Validate(DemoBankResult bank, ReportingPeriod period)
    {
        return new SnapshotValidator(Catalogue, new ValidationOptions()).Validate(DemoBankRuns.Extract(bank, period));
    }
}
