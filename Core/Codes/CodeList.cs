namespace RiskReporting.Core.Codes;

/// <summary>One code list of spec/codes (header <c>code,name</c>): the values a K:list field may take.</summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _names;

    public CodeList(string name, IEnumerable<KeyValuePair<string, string>> entries)
    {
        Name = name;
        _names = new Dictionary<string, string>(entries, StringComparer.Ordinal);
        Codes = [.. _names.Keys.Order(StringComparer.Ordinal)];
    }

    public string Name { get; }

    /// <summary>The codes, in ordinal order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _names.ContainsKey(code);

    public string NameOf(string code) => _names[code];
}
