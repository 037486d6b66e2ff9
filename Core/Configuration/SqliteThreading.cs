namespace RiskReporting.Core.Configuration;

/// <summary>
/// SQLite in multi-thread mode for the whole process (ADR 0023): a connection has no mutex of its own, so a column read
/// takes no lock. The engine never uses one connection from two threads at once (ADO.NET connections are not thread-safe,
/// and the source's read-ahead thread has the connection to itself while it reads, ADR 0019), so the serialized mode's
/// per-call lock guarded nothing and cost a quarter of reading a row.
/// </summary>
/// <remarks>
/// SQLite takes the mode only before it initialises, that is before the process opens its first connection; every path that
/// opens one (the state store, the source, the composition of the engine) calls <see cref="Initialize"/> first. A process that
/// opened a connection before that (a tool, a test fixture) stays in serialized mode, which is as correct and only slower.
/// </remarks>
public static class SqliteThreading
{
    private static readonly Lazy<bool> Configured = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <returns>True when the process runs SQLite in multi-thread mode; false when SQLite had initialised before.</returns>
    public static bool Initialize() => Configured.Value;

    private static bool Configure()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD) == SQLitePCL.raw.SQLITE_OK;
    }
}
