using System.IO.Abstractions;
using System.Text;
using RiskReporting.Core.Text;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// Writes findings.csv: UTF-8 without BOM, RFC 4180, LF, sorted by rule, part, key, field (ordinal), and
/// personal ID numbers in value masked to their first 6 and last 4 characters, and a cell a spreadsheet would
/// run as a formula prefixed with <c>'</c> (<see cref="SpreadsheetCell"/>). Temporary name, then rename.
/// </summary>
public static class FindingsFile
{
    public const string Header = "rule,severity,part,key,field,value,branch,message";

    private static readonly HashSet<string> PersonalIdFields = new(StringComparer.Ordinal) { "ID_NO", "GUARANTOR_ID_NO" };

    public static IReadOnlyList<Finding> Sorted(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Part, StringComparer.Ordinal)
            .ThenBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Field, StringComparer.Ordinal)];

    public static void Write(IFileSystem fileSystem, string path, IEnumerable<Finding> findings)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var f in Sorted(findings))
        {
            var value = PersonalIdFields.Contains(f.Field) ? Mask(f.Value) : f.Value;
            text.AppendJoin(',', new[] { f.Rule, f.Severity == Severity.Error ? "ERROR" : "WARNING", f.Part, f.Key, f.Field, value, f.Branch, f.Message }.Select(Cell)).Append('\n');
        }

        var temporary = path + ".tmp";
        fileSystem.File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        fileSystem.File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The value as a findings file may show it: personal ID numbers masked.</summary>
    public static string ShownValue(Finding finding) =>
        PersonalIdFields.Contains(finding?.Field ?? string.Empty) ? Mask(finding!.Value) : finding!.Value;

    /// <summary>A personal ID number as the file may show it: first 6 and last 4 characters.</summary>
    public static string Mask(string id) => id.Length <= 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];

    /// <summary>A cell as written: neutralised for spreadsheets after sorting (the sort sees the text before the prefix), then quoted.</summary>
    private static string Cell(string value) => Quote(SpreadsheetCell.Neutralise(value));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
