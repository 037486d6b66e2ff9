namespace RiskReporting.Store;

/// <summary>The tool a copy of the state store needs (pg_dump for PostgreSQL) is not on this machine.</summary>
public sealed class BackupToolMissingException(string tool, Exception inner)
    : Exception($"在 PATH 中找不到 {tool} (not found on PATH)：复制 PostgreSQL 状态库需要它。", inner)
{
    public string Tool => tool;
}
