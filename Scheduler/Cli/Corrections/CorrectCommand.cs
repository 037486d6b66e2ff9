using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Cli.Runs;
using RiskReporting.Scheduler.Runs;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

[Description("Correct a published period: re-extract, apply the open overrides, validate, and build batch N+1 with the correction file of every A/D/U difference. Refused when nothing changed.")]
public sealed class CorrectCommand(EngineSettingsLoader loader, StateStoreOpener opener, MonthlyRun monthlyRun, RunSummary summary) : AsyncCommand<CorrectSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CorrectSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings, (_, extraction) => settings.ApplyTo(extraction));
        var store = await opener.OpenAsync(engine, cancellationToken);
        await Operators.RequireOperatorAsync(store, settings.User, cancellationToken);
        var period = ReportingPeriod.Parse(settings.Period!);
        var outcome = await monthlyRun.ExecuteAsync(engine, store, period, settings.User!, cancellationToken, settings.Reason);
        if (outcome is null)
        {
            Console.Error.WriteLine($"riskreport: {period} has no published batch to correct; use `riskreport run --period {period}`.");
            return (int)ExitCode.Refused;
        }

        if (outcome.NothingChanged)
        {
            Console.Error.WriteLine("riskreport: correction refused: " + outcome.Message);
            return (int)ExitCode.Refused;
        }

        summary.Show(outcome);
        if (outcome.ExitCode == ExitCode.Failed)
        {
            Console.Error.WriteLine("riskreport: error: " + (outcome.Message ?? "the correction failed").ReplaceLineEndings(" "));
        }

        return (int)outcome.ExitCode;
    }
}
