using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace RiskReporting.Store;

/// <summary>
/// The store's SQL, embedded from <c>Store/Sql/</c>: <c>Sql/NAME.sql</c> for both providers, and
/// <c>Sql/{provider}/NAME.sql</c> where a provider needs its own. Read from the assembly once per provider.
/// </summary>
internal sealed class SqlStatements
{
    private const string Prefix = "Sql/";

    private static readonly ConcurrentDictionary<string, SqlStatements> ByProvider = new(StringComparer.Ordinal);

    private readonly string _provider;
    private readonly FrozenDictionary<string, string> _statements;

    private SqlStatements(string provider)
    {
        _provider = provider;
        var assembly = typeof(SqlStatements).Assembly;
        var statements = new Dictionary<string, string>(StringComparer.Ordinal);
        // Shared first, so that a provider's own file replaces the shared one of the same name.
        foreach (var folder in new[] { Prefix, $"{Prefix}{provider}/" })
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => IsStatementIn(n, folder)))
            {
                statements[resource[folder.Length..^".sql".Length]] = EmbeddedText.Read(assembly, resource);
            }
        }

        _statements = statements.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string this[string name] => _statements.TryGetValue(name, out var sql)
        ? sql
        : throw new InvalidOperationException($"The state store has no SQL statement '{name}' for {_provider} (embedded as Sql/{name}.sql or Sql/{_provider}/{name}.sql).");

    public static SqlStatements For(string provider) => ByProvider.GetOrAdd(provider, p => new SqlStatements(p));

    private static bool IsStatementIn(string resource, string folder) =>
        resource.StartsWith(folder, StringComparison.Ordinal)
        && resource.EndsWith(".sql", StringComparison.Ordinal)
        && resource.IndexOf('/', folder.Length) < 0;
}
