using System.IO.Abstractions;
using System.Text;

namespace RiskReporting.DemoBank.Planting;

/// <summary>One known violation planted in the demo bank: the rule that must fire, and where (part and record key).</summary>
public sealed record PlantedCase(string Rule, string Part, string Key)
{
    public const string CsvHeader = "rule,part,key";

    /// <summary>A record key as one string (message-format.md, "Record keys").</summary>
    public static string JoinKey(params string[] values) =>
        string.Join('|', values.Select(v => v.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)));

    public static string WriteCsv(IFileSystem fileSystem, string path, IEnumerable<PlantedCase> cases)
    {
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var c in cases.OrderBy(c => c.Rule, StringComparer.Ordinal).ThenBy(c => c.Part, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(c.Rule).Append(',').Append(c.Part).Append(',').Append(c.Key).Append('\n');
        }

        var temporary = path + ".tmp";
        fileSystem.File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        fileSystem.File.Move(temporary, path, overwrite: true);
        return path;
    }
}
