using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task SaveFindingsAsync(string runId, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken = default)
    {
        var stored = findings.ToList();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM findings WHERE run_id = @id", cancellationToken, ("id", runId));
        await InsertFindingsAsync(connection, transaction, runId, stored, cancellationToken);

        // The findings' digest joins the audit chain with them: approval recomputes it from the rows (issue #14).
        var startedBy = await ScalarAsync(connection, transaction, "SELECT started_by FROM runs WHERE run_id = @id", cancellationToken, ("id", runId)) as string;
        await InsertAuditAsync(connection, transaction, FindingsEntry(Clock.GetUtcNow(), startedBy ?? "engine", runId, stored), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Inserts the findings numbered in the order given (seq) with one prepared statement; a provider with a bulk path overrides it.</summary>
    protected virtual async Task InsertFindingsAsync(DbConnection connection, DbTransaction transaction, string runId, IReadOnlyList<StoredFinding> findings, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, Sql("findings.insert"), ("id", runId), ("r", string.Empty), ("s", string.Empty), ("p", string.Empty),
            ("k", string.Empty), ("f", string.Empty), ("v", string.Empty), ("b", string.Empty), ("m", string.Empty), ("q", 0));
        await insert.PrepareAsync(cancellationToken);
        var seq = 0;
        foreach (var f in findings)
        {
            object[] values = [f.Rule, f.Severity, f.Part, f.Key, f.Field, f.Value, f.Branch, f.Message, seq++];
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i + 1].Value = values[i];
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StoredFinding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("findings.all"), ReadFinding, cancellationToken, ("id", runId));

    /// <summary>
    /// The page and the total are two statements on one connection (the total is skipped when a first page is
    /// not full): a rerun that replaces the run's findings in between can make them disagree for that one call.
    /// </summary>
    public async Task<FindingPage> FindFindingsAsync(FindingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, FindingQuery.MaxPageSize, nameof(query));
        var filters = FindingFilters.Of(query);
        await using var connection = await OpenAsync(cancellationToken);
        var items = await QueryAsync(connection, null, filters.Apply(Sql("findings.page")), ReadFinding, cancellationToken,
            filters.Parameters(("take", query.PageSize), ("skip", query.Skip)));
        var total = query.Skip == 0 && items.Count < query.PageSize
            ? items.Count
            : Convert.ToInt32(await ScalarAsync(connection, null, filters.Apply(Sql("findings.total")), cancellationToken, filters.Parameters()), CultureInfo.InvariantCulture);
        return new FindingPage(items, total);
    }

    public async Task<FindingCounts> CountFindingsAsync(FindingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = FindingFilters.Of(query);
        var groups = await QueryAsync(
            filters.Apply(Sql("findings.counts")),
            r => (Rule: r.GetString(0), Severity: r.GetString(1), Part: r.GetString(2), Branch: r.GetString(3), Count: r.Int32(4)),
            cancellationToken,
            filters.Parameters());
        return new FindingCounts(
            groups.Sum(g => g.Count),
            Facet(groups.Select(g => (g.Rule, g.Count))),
            Facet(groups.Select(g => (g.Severity, g.Count))),
            Facet(groups.Select(g => (g.Part, g.Count))),
            Facet(groups.Select(g => (g.Branch, g.Count))));
    }

    private static SortedDictionary<string, int> Facet(IEnumerable<(string Key, int Count)> groups)
    {
        var facet = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in groups)
        {
            facet[key] = facet.GetValueOrDefault(key) + count;
        }

        return facet;
    }

    private static StoredFinding ReadFinding(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7));
}
