using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Spill;
using RiskReporting.DemoBank;
using RiskReporting.Testing;
using RiskReporting.Validation;
using RiskReporting.Validation.Catalogue;

namespace RiskReporting.IntegrationTests;

/// <summary>
/// Sorting large parts on disk changes where records wait, never what is reported: a planted bank (duplicate
/// keys, shared contracts, control characters) gives the same records, findings and package bytes.
/// </summary>
public sealed class SpilledRunTests
{
    [Test]
    public void PlantedSmallBank_SortedOnDiskInRunsOf500_GivesTheRecordsFindingsAndPackageOfAnInMemoryRun()
    {
        var period = ReportingPeriod.Parse("202610");
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Small, plant: true);
        var catalogue = RuleCatalogue.Load(new FileSystem(), Path.Combine(TestPaths.RepositoryRoot, "rules", "catalogue.csv"), SnapshotValidator.Implemented);

        var inMemory = DemoBankRuns.Extract(bank, period);
        var memoryFindings = new SnapshotValidator(catalogue, new ValidationOptions()).Validate(inMemory);
        var memoryPackage = DemoBankRuns.Package(inMemory, work.File("memory"));
        using var spill = new SpillArea(new FileSystem(), work.File("spill")) { RecordsInMemory = 500 };
        var spilled = DemoBankRuns.Extract(bank, period, spill: spill);
        var spilledFindings = new SnapshotValidator(catalogue, new ValidationOptions(), spill).Validate(spilled);
        var spilledPackage = DemoBankRuns.Package(spilled, work.File("spilled"));

        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(spill.Directory), Has.Length.GreaterThan(20), "B1P3, B4 and B5 went to disk");
            foreach (var (part, records) in inMemory.Records)
            {
                Assert.That(spilled.Records[part].Select(r => string.Join('|', [.. r.Values, r.Source])), Is.EqualTo(records.Select(r => string.Join('|', [.. r.Values, r.Source]))), part);
            }

            Assert.That(spilled.Cleansings, Is.EqualTo(inMemory.Cleansings).And.Not.Empty);
            Assert.That(spilledFindings, Is.EqualTo(memoryFindings));
            Assert.That(memoryFindings.Select(f => f.Rule), Does.Contain("WYX-003").And.Contain("WYX-004"), "the planted shared contract and duplicate key are found");
            Assert.That(File.ReadAllBytes(spilledPackage.Path), Is.EqualTo(File.ReadAllBytes(memoryPackage.Path)));
        });
    }
}
