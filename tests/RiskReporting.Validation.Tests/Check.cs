using System.IO.Abstractions;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Testing;
using RiskReporting.Validation.Catalogue;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Tests;

/// <summary>Runs the shipped catalogue on hand-made records and answers which rules fired where.</summary>
public static class Check
{
    public static RuleCatalogue Catalogue { get; } =
        RuleCatalogue.Load(new FileSystem(), Path.Combine(TestPaths.RepositoryRoot, "rules", "catalogue.csv"), SnapshotValidator.Implemented);

    public static IReadOnlyList<Finding> Run(params ReportRecord[] records) => Run(Records.Snapshot(records));

    public static IReadOnlyList<Finding> Run(PeriodSnapshot snapshot, decimal tolerance = 0m) =>
        new SnapshotValidator(Catalogue, new ValidationOptions { GlToleranceYuan = tolerance }).Validate(snapshot);

    public static IEnumerable<string> Fired(this IReadOnlyList<Finding> findings, string rule) =>
        findings.Where(f => f.Rule == rule).Select(f => $"{f.Part}|{f.Key}|{f.Field}");
}
