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
        _ => throw new NotSupportedException("The state store runs on SQLite or PostgreSQL; Oracle is supported as a source only."),
    };
}
