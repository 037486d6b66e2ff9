using System.ComponentModel;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Runs;

[Description("Run the monthly report of a period: extract, validate, build the package. Exit 0 built, 3 blocked, 4 waiting for the ledger, 5 refused, 1 failed, 2 usage.")]
public sealed class RunCommand(EngineSettingsLoader loader, StateStoreOpener opener, MonthlyRun monthlyRun, RunSummary summary) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings, (engineOptions, extraction) =>
        {
            engineOptions.Org = settings.Org ?? engineOptions.Org;
            settings.ApplyTo(extraction);
            extraction.LargeExposureThresholdWan = settings.ThresholdWan ?? extraction.LargeExposureThresholdWan;
        });
        var problems = engine.RunProblems();
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(" ", problems));
        }

        var store = await opener.OpenAsync(engine, cancellationToken);
        var outcome = await monthlyRun.ExecuteAsync(engine, store, settings.ReportingPeriod, settings.User ?? Environment.UserName, cancellationToken);
        if (outcome is null)
        {
            Console.Error.WriteLine($"riskreport: {settings.ReportingPeriod} is already published; changes go through `riskreport correct --period {settings.ReportingPeriod}`.");
            return (int)ExitCode.Refused;
        }

        summary.Show(outcome);
        if (outcome.ExitCode == ExitCode.Failed)
        {
            Console.Error.WriteLine("riskreport: error: " + (outcome.Message ?? "the run failed").ReplaceLineEndings(" "));
        }

        return (int)outcome.ExitCode;
    }
}
