namespace RiskReporting.Core.Configuration;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
    Oracle,
}
