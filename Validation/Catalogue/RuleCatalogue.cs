using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Catalogue;

/// <summary>
/// The rule catalogue as data (rules/catalogue.csv): switching a rule off or changing its severity for a
/// period needs no code change. Loading checks it against the implemented rules: a code without an
/// implementation, or an implemented rule missing from the catalogue, stops start-up naming file and line.
/// </summary>
public sealed class RuleCatalogue
{
    public const string Header = "code,category,severity,parts,effective_from,enabled,message";

    private readonly Dictionary<string, List<CatalogueEntry>> _entries;

    private RuleCatalogue(Dictionary<string, List<CatalogueEntry>> entries) => _entries = entries;

    public IEnumerable<string> Codes => _entries.Keys.Order(StringComparer.Ordinal);

    /// <summary>The entry in force for a period: the one with the latest effective_from on or before it.</summary>
    public CatalogueEntry? For(string code, ReportingPeriod period) =>
        _entries.TryGetValue(code, out var list) ? list.Where(e => e.EffectiveFrom <= period).MaxBy(e => e.EffectiveFrom) : null;

    public static RuleCatalogue Load(IFileSystem fileSystem, string path, IReadOnlyCollection<string> implemented)
    {
        if (!fileSystem.File.Exists(path))
        {
            throw new CatalogueException([$"{path}：规则目录 (rule catalogue) 不存在。"]);
        }

        var lines = fileSystem.File.ReadAllLines(path);
        var problems = new List<string>();
        if (lines.Length == 0 || lines[0].TrimStart('\uFEFF') != Header)
        {
            problems.Add($"{path} line 1：表头 (header) 应为 '{Header}'。");
        }

        var entries = new Dictionary<string, List<CatalogueEntry>>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var at = $"{path} line {i + 1}";
            var f = lines[i].Split(',', 7);
            if (f.Length != 7)
            {
                problems.Add($"{at}：应有 7 个字段 (expected 7 fields)，实有 {f.Length} 个。");
                continue;
            }

            if (!implemented.Contains(f[0]))
            {
                problems.Add($"{at}：本系统没有规则 '{f[0]}' 的实现 (no implementation)。");
            }

            Severity? severity = f[2] switch { "ERROR" => Severity.Error, "WARNING" => Severity.Warning, _ => null };
            if (severity is null)
            {
                problems.Add($"{at}：severity '{f[2]}' 须为 ERROR 或 WARNING。");
            }

            if (!ReportingPeriod.TryParse(f[4], out var from))
            {
                problems.Add($"{at}：effective_from '{f[4]}' 须为期次 YYYYMM。");
            }

            if (f[5] is not ("true" or "false"))
            {
                problems.Add($"{at}：enabled '{f[5]}' 须为 true 或 false。");
            }

            if (severity is not null && from != default)
            {
                if (!entries.TryGetValue(f[0], out var list))
                {
                    entries[f[0]] = list = [];
                }

                list.Add(new CatalogueEntry(f[0], f[1], severity.Value, f[3].Split(';', StringSplitOptions.RemoveEmptyEntries), from, f[5] == "true", f[6]));
            }
        }

        foreach (var missing in implemented.Where(code => !entries.ContainsKey(code)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{path}：已实现的规则 '{missing}' 不在规则目录 (catalogue) 中。");
        }

        return problems.Count > 0 ? throw new CatalogueException(problems) : new RuleCatalogue(entries);
    }
}
