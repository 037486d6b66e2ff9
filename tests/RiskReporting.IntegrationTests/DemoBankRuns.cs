using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Spill;
using RiskReporting.DemoBank;
using RiskReporting.Extraction;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests;

/// <summary>A generated bank extracted through the shipped rules and packaged, as a run does it.</summary>
public static class DemoBankRuns
{
    public static string Rules => Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction");

    public static DemoBankResult Generate(TemporaryDirectory work, DemoBankSize size, bool plant = false) =>
        new DemoBankGenerator(new FileSystem()).Generate(new DemoBankOptions { OutputDirectory = work.File("bank"), Size = size, Plant = plant });

    /// <summary>Extracts the bank's period from its SQLite source, or from another copy of it.</summary>
    /// <param name="spill">Where large parts are sorted on disk; without it they are sorted in memory.</param>
    public static PeriodSnapshot Extract(DemoBankResult bank, ReportingPeriod period, ConnectionTarget? source = null, SpillArea? spill = null) =>
        new MonthEndExtraction(new FileSystem()).Run(source ?? new ConnectionTarget(DatabaseKind.Sqlite, bank.SourceDatabase), Rules,
            Path.Combine(Path.GetDirectoryName(bank.SourceDatabase)!, "inbox"), new ExtractionSettings(period, 5000.00m), spill);

    public static PackageResult Package(PeriodSnapshot snapshot, string directory) =>
        new PackageWriter(new FileSystem()).Write(directory, new MessageHeader("B0001H111000001", snapshot.Period, 1), snapshot.Records);
}
