using System.Data.Common;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task SaveFindingsAsync(string runId, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM findings WHERE run_id = @id", cancellationToken, ("id", runId));
        foreach (var f in findings)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO findings (run_id, rule, severity, part, record_key, field, value, branch, message) VALUES (@id, @r, @s, @p, @k, @f, @v, @b, @m)",
                cancellationToken, ("id", runId), ("r", f.Rule), ("s", f.Severity), ("p", f.Part), ("k", f.Key), ("f", f.Field), ("v", f.Value), ("b", f.Branch), ("m", f.Message));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredFinding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT rule, severity, part, record_key, field, value, branch, message FROM findings WHERE run_id = @id ORDER BY rule, part, record_key, field", ("id", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var findings = new List<StoredFinding>();
        while (await reader.ReadAsync(cancellationToken))
        {
            findings.Add(new StoredFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }

        return findings;
    }

    public async Task AddExplanationAsync(Explanation explanation, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO explanations (explanation_id, period, rule, record_key, text, carry_forward, values_digest, explained_by, explained_at) VALUES (@id, @p, @r, @k, @t, @c, @d, @b, @a)",
            cancellationToken, ("id", explanation.Id), ("p", explanation.Period.ToString()), ("r", explanation.Rule), ("k", explanation.Key), ("t", explanation.Text),
            ("c", explanation.CarryForward ? 1 : 0), ("d", explanation.ValuesDigest), ("b", explanation.By), ("a", Format(explanation.At)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(explanation.At, explanation.By, "finding.explain", $"period:{explanation.Period}",
            $"{explanation.Rule} {explanation.Key}{(explanation.CarryForward ? " (carry forward)" : string.Empty)}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Explanation>> ExplanationsForAsync(ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT explanation_id, period, rule, record_key, text, carry_forward, values_digest, explained_by, explained_at FROM explanations WHERE period = @p OR (carry_forward = 1 AND period < @p) ORDER BY explained_at",
            ("p", period.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var explanations = new List<Explanation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            explanations.Add(new Explanation(reader.GetString(0), ReportingPeriod.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) == 1, reader.GetString(6), reader.GetString(7), Parse(reader.GetString(8))));
        }

        return explanations;
    }

    public async Task AddOverrideAsync(Override adjustment, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertOverrideAsync(connection, transaction, adjustment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Inserts an override with its audit line inside the caller's transaction (an approved dispute answer adds one with its state change).</summary>
    private static async Task InsertOverrideAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Override adjustment, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction,
            "INSERT INTO overrides (override_id, period, part, record_key, field, value, reason, created_by, created_at) VALUES (@id, @p, @part, @k, @f, @v, @r, @b, @a)",
            cancellationToken, ("id", adjustment.Id), ("p", adjustment.Period.ToString()), ("part", adjustment.Part), ("k", adjustment.Key), ("f", adjustment.Field),
            ("v", adjustment.Value), ("r", adjustment.Reason), ("b", adjustment.By), ("a", Format(adjustment.At)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(adjustment.At, adjustment.By, "override.add", $"period:{adjustment.Period}",
            $"{adjustment.Id} {adjustment.Part} {adjustment.Key} {adjustment.Field}: {adjustment.Reason}"), cancellationToken);
    }

    public async Task<bool> RemoveOverrideAsync(string id, string by, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        await using var command = Command(connection, transaction, "UPDATE overrides SET removed_by = @b, removed_at = @a WHERE override_id = @id AND removed_by IS NULL", ("b", by), ("a", Format(now)), ("id", id));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(now, by, "override.remove", "override:" + id, "removed"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<Override>> OverridesForAsync(ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT override_id, period, part, record_key, field, value, reason, created_by, created_at, removed_by, removed_at FROM overrides WHERE period = @p ORDER BY created_at, override_id",
            ("p", period.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var overrides = new List<Override>();
        while (await reader.ReadAsync(cancellationToken))
        {
            overrides.Add(ReadOverride(reader));
        }

        return overrides;
    }

    public async Task SaveAppliedOverridesAsync(string runId, IEnumerable<string> overrideIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM run_overrides WHERE run_id = @id", cancellationToken, ("id", runId));
        foreach (var id in overrideIds)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO run_overrides (run_id, override_id) VALUES (@r, @o)", cancellationToken, ("r", runId), ("o", id));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Override>> AppliedOverridesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT o.override_id, o.period, o.part, o.record_key, o.field, o.value, o.reason, o.created_by, o.created_at, NULL, NULL FROM overrides o JOIN run_overrides r ON r.override_id = o.override_id WHERE r.run_id = @id ORDER BY o.created_at, o.override_id",
            ("id", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var overrides = new List<Override>();
        while (await reader.ReadAsync(cancellationToken))
        {
            overrides.Add(ReadOverride(reader));
        }

        return overrides;
    }

    private static Override ReadOverride(DbDataReader r) =>
        new(r.GetString(0), ReportingPeriod.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
            Parse(r.GetString(8)), r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : Parse(r.GetString(10)));
}
