using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests;

/// <summary>Extracts a hand-made bank through the shipped rules, as a run would.</summary>
public static class ScenarioExtraction
{
    public static string Rules => Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction");

    public static PeriodSnapshot Extract(SourceBank bank, decimal threshold = 5000.00m)
    {
        var inbox = bank.EmptyLedger(Path.Combine(Path.GetDirectoryName(bank.Path)!, "inbox"));
        return new MonthEndExtraction(new FileSystem()).Run(new ConnectionTarget(DatabaseKind.Sqlite, bank.Path), Rules, inbox,
            new ExtractionSettings(new ReportingPeriod(bank.D.Year, bank.D.Month), threshold));
    }

    public static ReportRecord Record(this PeriodSnapshot snapshot, string part, string key) =>
        snapshot[part].Single(r => r.Key == key);

    public static IEnumerable<string> Keys(this PeriodSnapshot snapshot, string part) => snapshot[part].Select(r => r.Key);
}
