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
            throw new RuleFileException([$"{rulesDirectory}：抽取规则文件夹 (extraction rules folder) 不存在。"]);
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
            problems.Add($"{string.Join(", ", duplicate.Select(s => s.Directory))}：有两个规则集 (rule sets) 自 {duplicate.Key} 起生效。");
        }

        if (sets.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{rulesDirectory}：找不到 ruleset.json。");
        }

        return problems.Count > 0 ? throw new RuleFileException(problems) : sets.OrderBy(s => s.EffectiveFrom).ToList();
    }

    public RuleSet ForPeriod(string rulesDirectory, ReportingPeriod period) =>
        LoadAll(rulesDirectory).LastOrDefault(s => s.EffectiveFrom <= period)
        ?? throw new RuleFileException([$"{rulesDirectory}：{period} 没有生效的规则集 (no rule set in force)（最早的规则集生效更晚）。"]);

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
                problems.Add($"{manifest}：缺少 \"version\"。");
            }

            if (root.TryGetProperty("effectiveFrom", out var f) && ReportingPeriod.TryParse(f.GetString(), out var p))
            {
                from = p;
            }
            else
            {
                problems.Add($"{manifest}：\"effectiveFrom\" 须为期次 YYYYMM。");
            }
        }
        catch (JsonException e)
        {
            // The parser's own detail stays after the sentence: it says what it expected where, for whoever edits the file.
            var column = e.BytePositionInLine is { } position ? $", column {position + 1}" : string.Empty;
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $", field {e.Path}";
            problems.Add($"{manifest} line {(e.LineNumber ?? 0) + 1}{column}{field}：规则集清单不是有效的 JSON (invalid JSON)；解析器 (parser)：{e.Message}");
            return null;
        }

        var queries = new Dictionary<string, RuleQuery>(StringComparer.Ordinal);
        foreach (var name in QueryContract.Columns.Keys)
        {
            var file = fileSystem.Path.Combine(directory, name + ".sql");
            if (!fileSystem.File.Exists(file))
            {
                problems.Add($"{file}：缺少 '{name}' 的规则 (rule is missing)。");
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
            problems.Add($"{stray} line 1：规则集中没有规则 '{fileSystem.Path.GetFileNameWithoutExtension(stray)}' (no such rule)：请删除该文件，或改名为其中一条规则（{string.Join(", ", QueryContract.Columns.Keys.Order(StringComparer.Ordinal))}）。");
        }

        return version is null || from is null ? null : new RuleSet(version, from.Value, directory, queries);
    }
}
