using Microsoft.Extensions.Logging;

namespace RiskReporting.Scheduler;

/// <summary>The host's log messages (event ids 6000–6999; those of the run and the state store moved to the engine with their numbers). Counts, keys and durations only; never a person's data.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "演示银行 (demo bank) {Size}（种子 seed {Seed}）已写入 {Directory}：{Rows} 行，用时 {Milliseconds} 毫秒")]
    public static partial void DemoBankWritten(this ILogger logger, string size, int seed, string directory, long rows, long milliseconds);

    [LoggerMessage(6007, LogLevel.Information, "{Period} 的定时运行 (scheduled run) 完成（计划触发时间 (scheduled fire time) {ScheduledFireTime}（Asia/Shanghai），{Kind}）")]
    public static partial void ScheduledRunDone(this ILogger logger, string period, string scheduledFireTime, string kind);

    [LoggerMessage(6008, LogLevel.Error, "{Period} 的定时运行 (scheduled run) 失败 (FAILED)：{Reason}")]
    public static partial void ScheduledRunFailed(this ILogger logger, string period, string reason);

    [LoggerMessage(6009, LogLevel.Information, "调度器 (scheduler) {InstanceId} 已启动：cron '{Cron}'，时区 {TimeZone}，下次触发 (next fire) {NextFire}（Asia/Shanghai），作业库 (job store) {Store}")]
    public static partial void SchedulerStarted(this ILogger logger, string instanceId, string cron, string timeZone, string nextFire, string store);

    [LoggerMessage(6011, LogLevel.Information, "调度器补跑 (catching up) {Count} 个漏报 (missed) 期次：{Periods}")]
    public static partial void SchedulerCatchingUp(this ILogger logger, string periods, int count);

    [LoggerMessage(6012, LogLevel.Information, "月度作业 (monthly job) 于 {FireTime}（Asia/Shanghai）触发，计划时间 {ScheduledTime}，报送期次 {Period}")]
    public static partial void JobFired(this ILogger logger, string fireTime, string scheduledTime, string period);

    [LoggerMessage(6013, LogLevel.Information, "{Period} 第 {Batch} 批的定时运行 (scheduled run) {RunId} 结束，状态 {State}")]
    public static partial void ScheduledRunOutcome(this ILogger logger, string runId, string period, int batch, string state);

    [LoggerMessage(6014, LogLevel.Information, "调度器 (scheduler) {InstanceId} 于 {StopTime}（Asia/Shanghai）停止 (stopped)")]
    public static partial void SchedulerStopped(this ILogger logger, string instanceId, string stopTime);

    [LoggerMessage(6015, LogLevel.Warning, "调度器轮次 (round)（{What}）失败，下一轮重试：{Reason}")]
    public static partial void SchedulerRoundFailed(this ILogger logger, string what, string reason);
}
