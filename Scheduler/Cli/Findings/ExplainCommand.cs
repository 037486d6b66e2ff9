using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Findings;

[Description("Explain one WARNING finding (rule and key), or every open one of a rule, for approval; stored with who and when.")]
public sealed class ExplainCommand(EngineSettingsLoader loader, StateStoreOpener opener, TimeProvider clock, IAnsiConsole console) : AsyncCommand<ExplainSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        await Operators.RequireOperatorAsync(store, settings.User, cancellationToken);
        var period = ReportingPeriod.Parse(settings.Period!);
        var run = await Operators.LatestRunAsync(store, period, cancellationToken);
        var findings = (await store.LoadFindingsAsync(run.RunId, cancellationToken))
            .Where(f => f.Rule == settings.Rule && (settings.Key is null || f.Key == settings.Key)).ToList();
        if (findings.Any(f => f.Severity == "ERROR"))
        {
            throw new UsageException($"{settings.Rule} is an ERROR rule: its findings are not explained but corrected in the source (or by `riskreport override`).");
        }

        var open = (await WarningStatus.OfAsync(store, run, findings, cancellationToken)).Where(w => w.ExplainedBy is null).ToList();

        if (open.Count == 0)
        {
            throw new UsageException($"{period} batch {run.Batch:D2} has no open WARNING finding of {settings.Rule}{(settings.Key is null ? string.Empty : " with key " + settings.Key)}.");
        }

        foreach (var (finding, digest, _) in open)
        {
            await store.AddExplanationAsync(new Explanation(Guid.NewGuid().ToString("N")[..12], period, finding.Rule, finding.Key, settings.Text!, settings.CarryForward, digest,
                settings.User!, clock.GetUtcNow()), cancellationToken);
        }

        console.MarkupLineInterpolated($"Explained {open.Count} finding(s) of {settings.Rule} in {period} batch {run.Batch:D2} by {settings.User}{(settings.CarryForward ? " (carried forward while unchanged)" : string.Empty)}.");
        return (int)ExitCode.Ok;
    }
}
