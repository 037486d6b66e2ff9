using System.Globalization;
using System.Text.RegularExpressions;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Archive;

/// <summary>The analysis reports the report service wrote into the archive (archive/{YYYY}/analysis-{YYYY}.* and archive/{YYYY}/Q{n}/analysis-{YYYY}Q{n}.*).</summary>
public sealed partial class ArchiveService
{
    /// <summary>The reports written for the year (or every year), by scope, the year's own after its quarters.</summary>
    public IReadOnlyList<ArchivedReport> AnalysisReports(int? year, Actor actor)
    {
        Roles.RequireArchiveReader(actor);
        if (!fileSystem.Directory.Exists(Root))
        {
            return [];
        }

        return fileSystem.Directory.GetFiles(Root, "analysis-*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Match: ReportName().Match(fileSystem.Path.GetFileName(path))))
            .Where(f => f.Match.Success && ReportPath(f.Match.Value) == f.Path)
            .Select(f => Report(f.Path, f.Match))
            .Where(r => year is null || r.Year == year)
            .OrderBy(r => r.Year).ThenBy(r => r.Quarter ?? 5).ThenBy(r => r.Format, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The path of a written report by its file name (analysis-2026Q3.pdf); refused for any other name or a report not written.</summary>
    public string ReportFile(string name, Actor actor)
    {
        Roles.RequireArchiveReader(actor);
        ArgumentNullException.ThrowIfNull(name);
        var path = ReportName().IsMatch(name) ? ReportPath(name) : null;
        return path is not null && fileSystem.File.Exists(path)
            ? path
            : throw new RefusalException(RefusalCode.NotFound, $"归档中没有分析报告 {name}：请先用 `riskreport report` 生成。");
    }

    /// <summary>Where the report service writes a report of that name: the quarter's folder for a quarter, the year's for a year.</summary>
    private string ReportPath(string name)
    {
        var match = ReportName().Match(name);
        var year = match.Groups["year"].Value;
        return match.Groups["quarter"].Success
            ? fileSystem.Path.Combine(Root, year, "Q" + match.Groups["quarter"].Value, name)
            : fileSystem.Path.Combine(Root, year, name);
    }

    private ArchivedReport Report(string path, Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int? quarter = match.Groups["quarter"].Success ? int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) : null;
        var label = quarter is { } q ? FormattableString.Invariant($"{year}Q{q}") : match.Groups["year"].Value;
        return new ArchivedReport(label, year, quarter, match.Value, match.Groups["format"].Value.ToUpperInvariant(), fileSystem.File.GetLastWriteTimeUtc(path));
    }

    [GeneratedRegex("^analysis-(?<year>[0-9]{4})(Q(?<quarter>[1-4]))?\\.(?<format>html|pdf)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportName();
}
