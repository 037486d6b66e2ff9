namespace RiskReporting.Store;

/// <summary>The tool a copy of the state store needs (pg_dump for PostgreSQL) is not on this machine.</summary>
public sealed class BackupToolMissingException(string tool, Exception inner)
    : Exception($"{tool} was not found on PATH: it is needed to copy a PostgreSQL state store.", inner)
{
    public string Tool => tool;
}
