using System.IO.Abstractions;
using System.Text;

namespace RiskReporting.DemoBank.Planting;

/// <summary>
/// planted-changes.sql: what the core system changes after the period before was reported (a loan row
/// edited in place). Apply it to source.db after running and approving that period, then run the last.
/// </summary>
public static class PlantedChanges
{
    public const string FileName = "planted-changes.sql";

    public static void Write(IFileSystem fileSystem, string path, string sql)
    {
        var temporary = path + ".tmp";
        fileSystem.File.WriteAllText(temporary, sql, new UTF8Encoding(false));
        fileSystem.File.Move(temporary, path, overwrite: true);
    }
}
