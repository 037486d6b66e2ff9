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
    public PeriodSnapshot Run(ConnectionTarget sourceTarget, string rulesDirectory, string inbox, ExtractionSettings settings, SpillArea? spill = null)
    {
        var rules = new RuleSetLoader(fileSystem).ForPeriod(rulesDirectory, settings.Period);
        var reader = new InterbankLedgerReader(fileSystem);
        var ledgerFile = reader.Find(inbox, settings.Period) ?? throw new LedgerNotArrivedException(inbox, settings.Period.ToString());
        using var session = new SourceSession(SourceConnectionFactory.Open(sourceTarget, SourceRetry, clock ?? TimeProvider.System), SourceDialect.For(sourceTarget.ProviderInvariantName), settings.Period.DataDate);
        var branches = session.Rows(rules["branches"]).Select(r => r.RequiredText("branch_code")).ToHashSet(StringComparer.Ordinal);
        var ledger = reader.Read(ledgerFile, branches.Contains);
        var snapshot = new MonthEndExtractor(rules, session, settings, spill).Extract(ledger);
        return snapshot with { SourceFingerprints = session.Fingerprints, SourceRowsRead = session.RowsRead };
    }
}
