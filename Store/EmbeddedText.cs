using System.Reflection;

namespace RiskReporting.Store;

/// <summary>The text of a resource compiled into the store's assembly.</summary>
internal static class EmbeddedText
{
    public static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The state store's assembly has no resource '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
