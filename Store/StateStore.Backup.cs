using System.Data.Common;
using System.Globalization;

namespace RiskReporting.Store;

/// <summary>The state store's side of `backup` and `restore` (issue #18): a consistent copy with its listing, and the restored outbox's new home.</summary>
public abstract partial class StateStore
{
    /// <summary>Writes a consistent copy of the whole store to <paramref name="path"/> and lists what the copy holds, read in the same snapshot.</summary>
    public abstract Task<StoreCopy> CopyToAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// A restored store: every approval's outbox path is moved into <paramref name="outboxDirectory"/> (same file name), in one
    /// transaction, so that `verify` checks the restored outbox's copy rather than the original's.
    /// </summary>
    public async Task<int> RehomeOutboxAsync(string outboxDirectory, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var paths = await QueryAsync(connection, transaction, "SELECT run_id, outbox_path FROM approvals", r => (Run: r.GetString(0), Path: r.GetString(1)), cancellationToken);
        foreach (var (run, path) in paths)
        {
            await ExecuteAsync(connection, transaction, "UPDATE approvals SET outbox_path = @p WHERE run_id = @id", cancellationToken,
                ("p", System.IO.Path.Combine(outboxDirectory, System.IO.Path.GetFileName(path))), ("id", run));
        }

        await transaction.CommitAsync(cancellationToken);
        return paths.Count;
    }

    /// <summary>What a copy holds, read on the connection (and transaction) that sees exactly the copied state.</summary>
    protected async Task<StoreCopy> ListingAsync(string path, string kind, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var runs = await QueryRunsAsync(connection, transaction, "ORDER BY period, batch", cancellationToken);
        var outbox = await QueryAsync(connection, transaction, "SELECT run_id, outbox_path FROM approvals", r => (Run: r.GetString(0), Path: r.GetString(1)), cancellationToken);
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken), CultureInfo.InvariantCulture);
        var head = await HeadAsync(connection, transaction, cancellationToken);
        return new StoreCopy(path, kind, version, runs, outbox.ToDictionary(o => o.Run, o => o.Path, StringComparer.Ordinal), head);
    }
}
