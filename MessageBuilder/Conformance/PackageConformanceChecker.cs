using System.IO.Abstractions;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// Reads a built package as the regulator's client would, and returns every problem with file, line and
/// field: the name and the zip rules, well-formed XML in GB18030, the canonical layout, each value's form,
/// counts and control sums, sort order and unique keys, the derived-field identities of report-tables.md
/// within records and across parts, and the index digests. The engine's own gate; khfx-check
/// (shared/tools) is the reference it follows. An empty list means the package conforms.
/// </summary>
public sealed class PackageConformanceChecker(IFileSystem fileSystem)
{
    public IReadOnlyList<ConformanceProblem> Check(string packagePath)
    {
        var problems = new ConformanceProblems();
        var label = fileSystem.Path.GetFileName(packagePath);
        var identity = PackageIdentity.Parse(label, out var nameProblem);
        if (identity is null)
        {
            problems.Add(label, 0, nameProblem!);
            return problems.Items;
        }

        var entries = ZipContainer.Read(label, fileSystem.File.ReadAllBytes(packagePath), identity.DataDate, problems);
        if (entries is null)
        {
            return problems.Items;
        }

        var names = entries.Select(e => e.Name).ToList();
        if (!names.SequenceEqual(identity.ExpectedEntries, StringComparer.Ordinal))
        {
            problems.Add(label, 0, $"the entries are {string.Join(", ", names)}; expected {string.Join(", ", identity.ExpectedEntries)}, in that order");
        }

        CheckContent(identity, entries, problems);
        return problems.Items;
    }

    private static void CheckContent(PackageIdentity identity, List<(string Name, byte[] Content)> entries, ConformanceProblems problems)
    {
        var sums = new CrossPartSums();
        var listed = new List<(string, byte[], long, decimal)>();
        foreach (var report in ReportParts.Reports)
        {
            var name = identity.ReportEntry(report);
            var entry = entries.FirstOrDefault(e => e.Name == name);
            if (entry.Content is null)
            {
                continue;
            }

            var records = new PartRecordChecks(name, problems);
            var blocks = ReportFileReader.Read(name, report, identity, entry.Content, problems, (part, line, values) =>
            {
                records.Check(part, line, values);
                sums.Add(name, line, new ReportRecord(part, values));
            });
            blocks.ForEach(records.CheckTotals);
            listed.Add((name, entry.Content, blocks.Sum(b => ParseOrZero(b.RecordsAttribute)), blocks.Sum(b => Core.Amounts.MessageFormat.AmountOrZero(b.ControlAttribute))));
        }

        sums.Report(problems);
        var correction = entries.FirstOrDefault(e => e.Name == identity.CorrectionEntry);
        if (correction.Content is not null)
        {
            CorrectionFileCheck.Check(correction.Name, correction.Content, identity, problems);
            listed.Add((correction.Name, correction.Content, 0, 0m));
        }

        var index = entries.FirstOrDefault(e => e.Name == identity.IndexEntry);
        if (index.Content is null)
        {
            problems.Add(identity.Stem + ".zip", 0, $"the index {identity.IndexEntry} is missing");
            return;
        }

        IndexCheck.Check(index.Name, index.Content, identity, listed, problems);
    }

    private static long ParseOrZero(string text) => long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
