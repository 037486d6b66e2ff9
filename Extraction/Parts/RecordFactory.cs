using RiskReporting.Core.Snapshots;
using RiskReporting.Core.Reports;
using RiskReporting.Extraction.Text;

namespace RiskReporting.Extraction.Parts;

/// <summary>
/// The one place report records are made: every text and code value is cleansed here, and a removed
/// control character is noted against the record's part, key and field.
/// </summary>
public sealed class RecordFactory
{
    private readonly List<CleansingNote> _notes = [];

    public IReadOnlyList<CleansingNote> Notes => _notes;

    /// <param name="source">The rule query and key columns the record came from.</param>
    public ReportRecord Create(PartDefinition part, string source, params string?[] raw)
    {
        var values = new string[raw.Length];
        List<int>? dirty = null;
        for (var i = 0; i < raw.Length; i++)
        {
            values[i] = TextCleaner.Clean(raw[i], out var removed);
            if (removed)
            {
                (dirty ??= []).Add(i);
            }
        }

        var record = new ReportRecord(part, values) { Source = source };
        foreach (var i in dirty ?? [])
        {
            _notes.Add(new CleansingNote(part.Code, record.Key, part.Fields[i].Name, values[i]));
        }

        return record;
    }
}
