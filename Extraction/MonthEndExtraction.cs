using RiskReporting.Core.Snapshots;
using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Spill;
using RiskReporting.Extraction.Ledger;
using RiskReporting.Extraction.Rules;
using RiskReporting.Extraction.Sources;

namespace RiskReporting.Extraction;

/// <summary>
/// One extraction of a period end to end: the rule set in force, one consistent read-only session on
/// the source, the interbank ledger from the inbox (checked against the source's branches), and the parts.
/// </summary>
public sealed class MonthEndExtraction(IFileSystem fileSystem, TimeProvider? clock = null)
{
    /// <summary>How long a source that refuses connections is retried before the run fails.</summary>
    public TimeSpan SourceRetry { get; init; } = TimeSpan.FromMinutes(2);

    /// <param name="spill">Where large parts are sorted on disk; the snapshot's records read from it, so it must outlive their use.</param>
    /// <param name="rowsRead">Told the source rows read so far, now and then.</param>
    /// <param name="cancellationToken">Checked as rows are read; a cancelled extraction throws <see cref="OperationCanceledException"/>.</param>
    public PeriodSnapshot Run(ConnectionTarget sourceTarget, string rulesDirectory, string inbox, ExtractionSettings settings, SpillArea? spill = null,
        IProgress<long>? rowsRead = null, CancellationToken cancellationToken = default) =>
        RunAll(sourceTarget, [rulesDirectory], inbox, settings, spill, rowsRead, cancellationToken)[0];

    /// <summary>
    /// Extracts the period with each rule set in turn inside one read-only session, so that the snapshots
    /// differ only by their rules, never by a source that changed in between (`rules preview`).
    /// </summary>
    public IReadOnlyList<PeriodSnapshot> RunAll(ConnectionTarget sourceTarget, IReadOnlyList<string> rulesDirectories, string inbox, ExtractionSettings settings, SpillArea? spill = null,
        IProgress<long>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        var ruleSets = rulesDirectories.Select(d => new RuleSetLoader(fileSystem).ForPeriod(d, settings.Period)).ToList();
        var reader = new InterbankLedgerReader(fileSystem);
        var ledgerFile = reader.Find(inbox, settings.Period) ?? throw new LedgerNotArrivedException(inbox, settings.Period.ToString());
        var connection = SourceConnectionFactory.Open(sourceTarget, SourceRetry, clock ?? TimeProvider.System, quickCheck: false);
        using var session = new SourceSession(connection, SourceDialect.For(sourceTarget.ProviderInvariantName), settings.Period.DataDate, rowsRead,
            SourceIntegrityCheck.Start(sourceTarget), cancellationToken);
        var snapshots = new List<PeriodSnapshot>();
        foreach (var rules in ruleSets)
        {
            var rowsBefore = session.RowsRead;
            var branches = session.Rows(rules["branches"]).Select(r => r.RequiredText("branch_code")).ToHashSet(StringComparer.Ordinal);
            var ledger = reader.Read(ledgerFile, branches.Contains);
            var snapshot = new MonthEndExtractor(rules, session, settings, spill).Extract(ledger);
            snapshots.Add(snapshot with { SourceFingerprints = session.Fingerprints.ToDictionary(StringComparer.Ordinal), SourceRowsRead = session.RowsRead - rowsBefore });
        }

        session.EnsureIntact();
        return snapshots;
    }
}
