using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Spill;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Extraction;
using RiskReporting.Extraction.Configuration;
using RiskReporting.Extraction.Rules;

namespace RiskReporting.Engine.Rules;

/// <summary>The extraction rules IT operations maintain: check them against the source, preview a candidate set against the rules in force.</summary>
public sealed class RuleService(EnginePaths paths, IOptions<ExtractionOptions> extraction, IFileSystem fileSystem, TimeProvider clock)
{
    /// <summary>Loads every rule set of Extraction:Rules and runs each query against the source with no rows fetched.</summary>
    public RuleCheckResult Check(Actor actor)
    {
        Roles.RequireRuleReader(actor);
        var source = Source();
        IReadOnlyList<RuleSet> sets;
        try
        {
            sets = new RuleSetLoader(fileSystem).LoadAll(paths.RulesDirectory);
        }
        catch (RuleFileException e)
        {
            return new RuleCheckResult(source.ToString(), [], e.Problems);
        }

        return new RuleCheckResult(source.ToString(), sets, RuleChecker.Check(sets, source));
    }

    /// <summary>Extracts the period with the rules in force and with the candidate inside one read-only session, and compares them per part.</summary>
    public RulePreviewResult Preview(ReportingPeriod period, string candidateDirectory, Actor actor, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Roles.RequireRuleReader(actor);
        var settings = new ExtractionSettings(period, extraction.Value.LargeExposureThresholdWan);
        using var spill = new SpillArea(fileSystem, fileSystem.Path.Combine(paths.WorkDirectory, "preview-" + Guid.NewGuid().ToString("N")[..8])) { RecordsInMemory = extraction.Value.RecordsInMemory };
        var steps = new RunProgressReporter(progress, clock);
        var snapshots = new MonthEndExtraction(fileSystem).RunAll(Source(), [paths.RulesDirectory, candidateDirectory], paths.InboxDirectory, settings, spill, steps.Step(RunProgress.Extract), cancellationToken);
        var (active, candidate) = (snapshots[0], snapshots[1]);
        var compared = steps.Step(RunProgress.Compare, active.RecordCount);
        var result = new RulePreviewResult(period, active.RuleSetVersion, candidate.RuleSetVersion, RulePreview.Compare(active, candidate));
        compared?.Report(active.RecordCount);
        return result;
    }

    private Core.Configuration.ConnectionTarget Source()
    {
        if (string.IsNullOrWhiteSpace(extraction.Value.Source))
        {
            throw new RefusalException(RefusalCode.InvalidConfiguration, "Extraction:Source 须指明核心系统数据库 (core-system database)：sqlite:PATH 或 postgres:CONNECTION。");
        }

        return paths.Source;
    }
}
