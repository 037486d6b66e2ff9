namespace RiskReporting.Core.Reports;

/// <summary>A report part of report-tables.md: its fields in order, its key fields and its control field.</summary>
public sealed class PartDefinition
{
    private readonly Dictionary<string, int> _index;
    private readonly (int Index, bool Numeric)[] _keys;

    public PartDefinition(string code, string report, IReadOnlyList<FieldDefinition> fields, IReadOnlyList<string> keyFields, string? controlField)
    {
        Code = code;
        Report = report;
        Fields = fields;
        _index = fields.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        KeyIndexes = [.. keyFields.Select(k => _index[k])];
        _keys = [.. KeyIndexes.Select(i => (i, fields[i].Type == FieldType.WholeNumber))];
        ControlIndex = controlField is null ? -1 : _index[controlField];
    }

    public string Code { get; }

    public string Report { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public IReadOnlyList<int> KeyIndexes { get; }

    /// <summary>The key fields in key order, each with whether it compares as a number (an I field): the record order's hot loop, as an array.</summary>
    internal ReadOnlySpan<(int Index, bool Numeric)> Keys => _keys;

    /// <summary>Index of the control field, or −1 for parts whose control is always 0.00.</summary>
    public int ControlIndex { get; }

    public int IndexOf(string field) => _index.TryGetValue(field, out var i) ? i : throw new KeyNotFoundException($"{Code} 没有字段 {field} (no field)。");

    public bool HasField(string field) => _index.ContainsKey(field);
}
