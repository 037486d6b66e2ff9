using RiskReporting.Core.Spec;

namespace RiskReporting.Core.Codes;

/// <summary>The spec's code lists by name (the file name without .csv, e.g. <c>five_class</c>).</summary>
public sealed class CodeLists
{
    private readonly Dictionary<string, CodeList> _lists;

    private CodeLists(Dictionary<string, CodeList> lists) => _lists = lists;

    /// <summary>The lists compiled into the engine from spec/codes.</summary>
    public static CodeLists Embedded { get; } = LoadEmbedded();

    public CodeList this[string name] =>
        _lists.TryGetValue(name, out var list) ? list : throw new KeyNotFoundException($"There is no code list '{name}' in spec/codes.");

    public IEnumerable<string> Names => _lists.Keys.Order(StringComparer.Ordinal);

    private static CodeLists LoadEmbedded()
    {
        var lists = new Dictionary<string, CodeList>(StringComparer.Ordinal);
        foreach (var name in SpecResources.CodeListNames)
        {
            lists[name] = Parse(name, SpecResources.ReadCodeListCsv(name));
        }

        return new CodeLists(lists);
    }

    /// <summary>Code lists hold no quoted commas: a plain split of "code,name" is the whole grammar.</summary>
    private static CodeList Parse(string name, string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines[0].TrimStart('\uFEFF') != "code,name")
        {
            throw new InvalidDataException($"spec/codes/{name}.csv line 1: expected the header 'code,name'.");
        }

        var entries = new List<KeyValuePair<string, string>>();
        for (var i = 1; i < lines.Length; i++)
        {
            var comma = lines[i].IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0)
            {
                throw new InvalidDataException($"spec/codes/{name}.csv line {i + 1}: expected 'code,name'.");
            }

            entries.Add(new(lines[i][..comma], lines[i][(comma + 1)..]));
        }

        return new CodeList(name, entries);
    }
}
