using System.Data.Common;
using System.Text.Json;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task<PeriodSnapshot?> LoadSnapshotAsync(string runId, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await ScalarAsync(connection, null, "SELECT facts FROM snapshot_facts WHERE run_id = @id", cancellationToken, ("id", runId)) is not string json)
        {
            return null;
        }

        var facts = JsonSerializer.Deserialize<SnapshotFacts>(json)!;
        var branches = await PairsAsync(connection, "SELECT bank_code, branch_code FROM snapshot_branches WHERE run_id = @id", runId, cancellationToken);
        var managers = await PairsAsync(connection, "SELECT customer_code, branch_code FROM snapshot_managers WHERE run_id = @id", runId, cancellationToken);
        var records = await LoadRecordsAsync(runId, [.. ReportParts.All.Select(p => p.Code)], cancellationToken);
        return new PeriodSnapshot(period, facts.RuleSetVersion, records, facts.Cleansings, facts.NonFiLedgerRows,
            SnapshotFacts.ByBranch(facts.ItemTotalsCny), SnapshotFacts.ByBranch(facts.GeneralLedgerCny), managers, branches)
        {
            SourceFingerprints = await SourceFingerprintsAsync(runId, cancellationToken),
            CustomerFacts = facts.CustomerFacts,
            ThresholdWan = facts.ThresholdWan,
            HeadOfficeBranch = facts.HeadOfficeBranch,
            SourceRowsRead = facts.SourceRowsRead,
            BranchNames = facts.BranchNames ?? new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }

    private static async Task SaveFactsAsync(DbConnection connection, DbTransaction transaction, string runId, PeriodSnapshot snapshot, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "INSERT INTO snapshot_facts (run_id, facts) VALUES (@id, @f)", cancellationToken,
            ("id", runId), ("f", JsonSerializer.Serialize(SnapshotFacts.Of(snapshot))));

    private static async Task<Dictionary<string, string>> PairsAsync(DbConnection connection, string sql, string runId, CancellationToken cancellationToken)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in await QueryAsync(connection, null, sql, r => (r.GetString(0), r.GetString(1)), cancellationToken, ("id", runId)))
        {
            pairs[key] = value;
        }

        return pairs;
    }
}
