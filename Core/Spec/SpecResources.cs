using System.Reflection;

namespace RiskReporting.Core.Spec;

/// <summary>
/// The parts of the KHFX specification compiled into the engine: the reference source schema and the
/// code lists. Compiling them in (rather than reading ../shared at run time) pins the engine to the
/// spec version it was built and tested against.
/// </summary>
public static class SpecResources
{
    public const string SpecVersion = "2026.1";

    private static readonly Assembly Assembly = typeof(SpecResources).Assembly;

    /// <summary>The DDL of spec/source-schema.sql, byte for byte as the spec ships it.</summary>
    public static string SourceSchemaSql => ReadText("Spec/source-schema.sql");

    public static IEnumerable<string> CodeListNames =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Spec/codes/", StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
            .Select(n => n["Spec/codes/".Length..^".csv".Length])
            .Order(StringComparer.Ordinal);

    public static string ReadCodeListCsv(string name) => ReadText($"Spec/codes/{name}.csv");

    internal static string ReadText(string logicalName)
    {
        using var stream = Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The engine was built without the resource '{logicalName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
