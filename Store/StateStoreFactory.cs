using RiskReporting.Core.Configuration;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>Chooses the state store implementation for a configured target.</summary>
public static class StateStoreFactory
{
    /// <param name="busySeconds">SQLite: how long to wait for another process's lock (Engine:StateStoreBusySeconds).</param>
    public static StateStore Create(ConnectionTarget target, TimeProvider clock, int busySeconds = 30) => target.Kind switch
    {
        DatabaseKind.Sqlite => new SqliteStateStore(target.Value, clock, busySeconds),
        DatabaseKind.Postgres => new PostgresStateStore(target.ConnectionString(), clock),
        _ => throw new NotSupportedException("状态库 (state store) 只能用 SQLite 或 PostgreSQL：Oracle 只支持作为数据源 (source)。"),
    };
}
