using Microsoft.Extensions.Logging;

namespace RiskReporting.Engine;

/// <summary>
/// The engine's log messages. Event ids 6002–6010 kept their numbers when they moved here from the host;
/// new ones take 7000–7999. Counts, keys and durations only; never a person's data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(6002, LogLevel.Information, "状态库 (state store) {Target} 的结构版本 (schema version) 为 {Version}，本次应用 {Applied} 项迁移 (migrations applied)")]
    public static partial void StateStoreReady(this ILogger logger, string target, int version, int applied);

    // No name of the user or of the admin who saved it, as in the audit lines (7200, user:*): `riskreport audit list` shows both to auditors.
    [LoggerMessage(6003, LogLevel.Information, "用户 (user:*) 已保存，角色 (role) {Role}")]
    public static partial void UserSaved(this ILogger logger, string role);

    [LoggerMessage(6005, LogLevel.Error, "{Period} 的运行 (run) {RunId} 失败 (FAILED)：{Reason}")]
    public static partial void RunFailed(this ILogger logger, string period, string runId, string reason);

    [LoggerMessage(6006, LogLevel.Information, "{Period} 的运行 (run) {RunId} 已生成报文包 (package)，sha256 {Sha256}")]
    public static partial void PackageBuilt(this ILogger logger, string period, string runId, string sha256);

    [LoggerMessage(6010, LogLevel.Warning, "{Period} 正由 {Holder} 运行，已加锁 (locked)：本次运行被拒绝 (refused)")]
    public static partial void PeriodLocked(this ILogger logger, string period, string holder);

    [LoggerMessage(7001, LogLevel.Information, "{Period} 的后台运行 (background run job) {JobId} 由 {Actor} 发起")]
    public static partial void RunJobStarted(this ILogger logger, string jobId, string period, string actor);

    [LoggerMessage(7002, LogLevel.Information, "{Period} 的后台运行 (background run job) {JobId} 结束，状态 {State}")]
    public static partial void RunJobEnded(this ILogger logger, string jobId, string period, string state);

    [LoggerMessage(7003, LogLevel.Information, "{Period} 第 {Batch} 批已由 {Actor} 审批 (approved) 并报送至 (published to) {Outbox}")]
    public static partial void Published(this ILogger logger, string period, int batch, string actor, string outbox);

    [LoggerMessage(7010, LogLevel.Information, "{Period} 的同业台账 (interbank ledger) 已到达 {Inbox}：等待中的期次重新运行")]
    public static partial void LedgerArrived(this ILogger logger, string period, string inbox);

    [LoggerMessage(7011, LogLevel.Information, "{Period} 的通知 (notification) {Event} 由时钟检查 (clock check) 发出")]
    public static partial void DeadlineNotified(this ILogger logger, string period, string @event);

    [LoggerMessage(7100, LogLevel.Information, "通知 (notification) {Id}（{Period} {Event}）已发送至 {Recipients} 个地址")]
    public static partial void NotificationSent(this ILogger logger, long id, string period, string @event, int recipients);

    [LoggerMessage(7101, LogLevel.Warning, "通知 (notification) {Id}（{Period} {Event}）未发送 (not sent)，第 {Attempts} 次尝试，放弃 (given up) {GivenUp}：{Reason}")]
    public static partial void NotificationFailed(this ILogger logger, long id, string period, string @event, int attempts, bool givenUp, string reason);

    [LoggerMessage(7102, LogLevel.Warning, "等待至多 {Seconds} 秒后，通知留在队列 (queued) 中，由调度器或门户发送：{Reason}")]
    public static partial void NotificationsNotSent(this ILogger logger, int seconds, string reason);

    [LoggerMessage(7200, LogLevel.Information, "审计 (audit) {Seq} {Action}，对象 {Subject}，时间 {At}，条目 (entry) {EntryHash}")]
    public static partial void AuditEvent(this ILogger logger, long seq, string action, string subject, string at, string entryHash);

    [LoggerMessage(7201, LogLevel.Warning, "审计事件暂未写入日志 (not written to the log)，将在下一个命令或轮次写入：{Reason}")]
    public static partial void AuditMirrorFailed(this ILogger logger, string reason);
}
