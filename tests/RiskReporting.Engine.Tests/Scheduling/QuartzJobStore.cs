using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RiskReporting.Engine.Scheduling;

namespace RiskReporting.Engine.Tests.Scheduling;

/// <summary>A real Quartz scheduler on a real SQLite job store, named and prefixed as the scheduler host names them.</summary>
public static class QuartzJobStore
{
    public static async Task<IScheduler> StartAsync(string file, TimeSpan misfireThreshold)
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.Services.Configure<AdoJobStoreOptions>(o =>
            {
                o.MisfireThreshold = misfireThreshold;
                o.TablePrefix = JobStore.TablePrefix;
            });
            q.UsePersistentStore(s =>
            {
                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
                s.UseSqlite($"Data Source={file}");
            });
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = JobStore.SchedulerName;
                o.InstanceId = "test-node";
                o.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
        }).BuildScheduler();
        await scheduler.Start();
        return scheduler;
    }

    /// <summary>A cron trigger in Asia/Shanghai for a job that does nothing.</summary>
    public static Task ScheduleAsync(IScheduler scheduler, string name, string cron) =>
        scheduler.ScheduleJob(
            JobBuilder.Create<NothingJob>().WithIdentity(name + "-job", "riskreport").StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity(name, "riskreport")
                .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))).Build()).AsTask();

    public sealed class NothingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
