using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Notifications;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Scheduling;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Logging;
using RiskReporting.Scheduler.Scheduling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Scheduling;

[Description("运行调度器 (scheduler)：使用持久化作业存储 (job store) 的 Quartz 在每月 1 日启动月度运行（Scheduler:Cron，Asia/Shanghai），启动时补跑一次错过的 1 日，并从最早的开始补报漏报 (missing) 的报告期。Ctrl+C 或 SIGTERM 停止调度器；被停止的运行以 FAILED 结束，已取消 (cancelled)。")]
public sealed class SchedulerCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<SchedulerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SchedulerSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var runs = engine.Get<RunService>();
        runs.FirstScheduledPeriod();
        var options = engine.Get<IOptions<SchedulerOptions>>().Value;
        var jobStore = JobStore.Of(engine.Get<EnginePaths>(), options);
        var actor = engine.Get<IdentityService>().Scheduler;
        var runner = new EnginePeriodRunner(runs, actor, engine.Get<ILogger<EnginePeriodRunner>>(), engine.Stopping);
        var host = new SchedulerHost(options, jobStore, runner, engine.Get<TimeProvider>(), engine.Get<ILoggerFactory>());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(engine.Stopping);
        if (settings.For is { } seconds)
        {
            // A timed stop (smoke tests) lets a running job finish; only Ctrl+C or SIGTERM cancel a run.
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var scheduler = await host.StartAsync(stop.Token);
        try
        {
            var trigger = await scheduler.GetTrigger(SchedulerHost.TriggerKey, stop.Token);
            var next = trigger?.NextFireTimeUtc is { } fire ? ShanghaiTimeLayoutRenderer.Format(fire)[..16].Replace('T', ' ') + "（北京时间）" : "无 (none)";
            console.MarkupLineInterpolated($"调度器 (scheduler) {scheduler.SchedulerInstanceId} 运行中 (running)：'{options.Cron}'（{options.TimeZone}）；下次触发 (next fire) {next}；作业存储 {jobStore}。");
            var missing = await engine.Get<StatusService>().MissingPeriodsAsync(actor, stop.Token);
            if (await host.CatchUpAsync(scheduler, missing, stop.Token))
            {
                console.MarkupLineInterpolated($"补报标记为漏报 (missing) 的期次：{string.Join(' ', missing)}。");
            }

            // While it runs: the inbox polled for a ledger a period waits for, the deadlines watched, and the outbox sent
            // (notifications a verb could not send before it exited, the retries, and those of its own runs).
            var rounds = new SchedulerRounds(engine.Get<LedgerPollService>(), engine.Get<DeadlineWatch>(), engine.Get<NotificationSender>(), engine.Get<RiskReporting.Engine.Audit.AuditLogMirror>(), actor,
                engine.Get<TimeProvider>(), TimeSpan.FromMinutes(options.LedgerPollMinutes), engine.Get<ILogger<SchedulerRounds>>());
            await rounds.RunAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped: a running job ends (its run FAILED "cancelled" when the host is stopping) before the process does.
        }
        finally
        {
            // Whatever ended the loop (a stop, or a fault on the way), Quartz's threads end too, so the process can exit.
            await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        }

        var stopped = ShanghaiTimeLayoutRenderer.Format(engine.Get<TimeProvider>().GetUtcNow());
        engine.Get<ILogger<SchedulerCommand>>().SchedulerStopped(scheduler.SchedulerInstanceId, stopped);
        console.MarkupLineInterpolated($"调度器 (scheduler) {scheduler.SchedulerInstanceId} 已于 {stopped} 停止 (stopped)。");
        return (int)ExitCode.Ok;
    }
}
