using System.ComponentModel;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.Configuration;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Runs;
using RiskReporting.Scheduler.Scheduling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Scheduling;

[Description("Run the scheduler: Quartz with a persistent job store starts the monthly run on day 1 (Scheduler:Cron, Asia/Shanghai), runs a missed day 1 once on start, and runs missed periods (漏报) oldest first.")]
public sealed class SchedulerCommand(EngineSettingsLoader loader, StateStoreOpener opener, MonthlyRun monthlyRun, TimeProvider clock, ILoggerFactory loggers, IAnsiConsole console, System.IO.Abstractions.IFileSystem fileSystem)
    : AsyncCommand<SchedulerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SchedulerSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings);
        var problems = engine.RunProblems().ToList();
        if (!Core.Periods.ReportingPeriod.TryParse(engine.Scheduler.FirstPeriod, out _))
        {
            problems.Add($"Scheduler:FirstPeriod '{engine.Scheduler.FirstPeriod}' must be the first period this engine reports, YYYYMM.");
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(" ", problems));
        }

        var store = await opener.OpenAsync(engine, cancellationToken);
        var jobStore = JobStore(engine);
        var host = new SchedulerHost(engine.Scheduler, jobStore, new EnginePeriodRunner(engine, store, monthlyRun), clock, loggers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, s =>
        {
            s.Cancel = true;
            stop.Cancel();
        });
        if (settings.For is { } seconds)
        {
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var scheduler = await host.StartAsync(stop.Token);
        var trigger = await scheduler.GetTrigger(SchedulerHost.TriggerKey, stop.Token);
        console.MarkupLineInterpolated($"Scheduler {scheduler.SchedulerInstanceId} running: '{engine.Scheduler.Cron}' in {engine.Scheduler.TimeZone}; next fire {trigger?.NextFireTimeUtc:yyyy-MM-dd HH:mm} UTC; job store {jobStore}.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped: let a running job finish its step before the process ends.
        }

        await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        return (int)ExitCode.Ok;
    }

    /// <summary>Scheduler:Store; else the state store when it is PostgreSQL (nodes share it, clustered); else WORK/scheduler.db.</summary>
    private ConnectionTarget JobStore(EngineSettings engine) =>
        !string.IsNullOrEmpty(engine.Scheduler.Store) ? ConnectionTarget.Parse(engine.Scheduler.Store, engine.BaseDirectory)
        : engine.StateStore.Kind == DatabaseKind.Postgres ? engine.StateStore
        : new ConnectionTarget(DatabaseKind.Sqlite, fileSystem.Path.Combine(engine.WorkDirectory, "scheduler.db"));
}
