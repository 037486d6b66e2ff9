using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace RiskReporting.Store;

/// <summary>Runs pg_dump (from PATH) for a PostgreSQL state store: the password goes in PGPASSWORD, never on the command line.</summary>
internal static class PgDump
{
    public static async Task WriteAsync(string connectionString, string snapshot, string path, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--no-owner", "--no-privileges", "--format=plain", "--snapshot=" + snapshot, "--file=" + path,
            "--host=" + target.Host, "--port=" + target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username=" + target.Username, "--dbname=" + target.Database })
        {
            start.ArgumentList.Add(argument);
        }

        if (target.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new BackupToolMissingException("pg_dump", e);
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_dump 退出码 (exit code) {process.ExitCode}：{(await error).Trim()} {(await output).Trim()}");
        }
    }
}
