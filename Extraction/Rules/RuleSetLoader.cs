using System.IO.Abstractions;
using System.Text.Json;
using RiskReporting.Core.Periods;

namespace RiskReporting.Extraction.Rules;

/// <summary>
/// Loads rules/extraction/*/ruleset.json and the query files beside it, and picks the set in force for a
/// period: the one with the latest effectiveFrom on or before it, so a set for 202701 leaves reruns of
/// 202612 on the rules they were first run with. Each rule file holds exactly one SELECT, and a .sql file that
/// is no rule of the set is an error: both stop `rules check` and a run's start, naming the file and line.
/// </summary>
public sealed class RuleSetLoader(IFileSystem fileSystem)
{
    public IReadOnlyList<RuleSet> LoadAll(string rulesDirectory)
    {
        if (!fileSystem.Directory.Exists(rulesDirectory))
        {
            throw new RuleFileException([$"{rulesDirectory}: the extraction rules folder does not exist."]);
        }

        var problems = new List<string>();
        var sets = new List<RuleSet>();
        foreach (var manifest in fileSystem.Directory.GetFiles(rulesDirectory, "ruleset.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var set = LoadOne(manifest, problems);
            if (set is not null)
            {
                sets.Add(set);
            }
        }

        foreach (var duplicate in sets.GroupBy(s => s.EffectiveFrom).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(", ", duplicate.Select(s => s.Directory))}: two rule sets take effect from {duplicate.Key}.");
        }

        if (sets.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{rulesDirectory}: no ruleset.json found.");
        }

        return problems.Count > 0 ? throw new RuleFileException(problems) : sets.OrderBy(s => s.EffectiveFrom).ToList();
    }

    public RuleSet ForPeriod(string rulesDirectory, ReportingPeriod period) =>
        LoadAll(rulesDirectory).LastOrDefault(s => s.EffectiveFrom <= period)
        ?? throw new RuleFileException([$"{rulesDirectory}: no rule set is in force for {period} (the earliest takes effect later)."]);

    private RuleSet? LoadOne(string manifest, List<string> problems)
    {
        var directory = fileSystem.Path.GetDirectoryName(manifest)!;
        string? version = null;
        ReportingPeriod? from = null;
        try
        {
            using var document = JsonDocument.Parse(fileSystem.File.ReadAllText(manifest));
            var root = document.RootElement;
            version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (string.IsNullOrWhiteSpace(version))
            {
                problems.Add($"{manifest}: \"version\" is missing.");
            }

            if (root.TryGetProperty("effectiveFrom", out var f) && ReportingPeriod.TryParse(f.GetString(), out var p))
            {
                from = p;
            }
            else
            {
                problems.Add($"{manifest}: \"effectiveFrom\" must be a period YYYYMM.");
            }
        }
        catch (JsonException e)
        {
            problems.Add($"{manifest} line {(e.LineNumber ?? 0) + 1}: {e.Message}");
            return null;
        }

        var queries = new Dictionary<string, RuleQuery>(StringComparer.Ordinal);
        foreach (var name in QueryContract.Columns.Keys)
        {
            var file = fileSystem.Path.Combine(directory, name + ".sql");
            if (!fileSystem.File.Exists(file))
            {
                problems.Add($"{file}: the rule for '{name}' is missing.");
                continue;
            }

            var sql = fileSystem.File.ReadAllText(file);
            if (SingleSelect.Problem(sql) is { } problem)
            {
                problems.Add($"{file} {problem}");
            }

            queries[name] = new RuleQuery(name, file, sql);
        }

        foreach (var stray in fileSystem.Directory.GetFiles(directory, "*.sql").Order(StringComparer.Ordinal)
            .Where(f => !QueryContract.Columns.ContainsKey(fileSystem.Path.GetFileNameWithoutExtension(f))))
        {
            problems.Add($"{stray} line 1: the rule set defines no rule '{fileSystem.Path.GetFileNameWithoutExtension(stray)}'; remove the file or rename it to one of the rules ({string.Join(", ", QueryContract.Columns.Keys.Order(StringComparer.Ordinal))}).");
        }

        return version is null || from is null ? null : new RuleSet(version, from.Value, directory, queries);
    }
}
