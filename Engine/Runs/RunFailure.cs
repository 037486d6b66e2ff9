using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// The cause a failed run records, in run.log, the state store and on stderr (issue #13): what the run was doing, and what the fault says,
/// in the operator's words for the faults an operator can act on (a full disk, a locked state store) and the fault's own message otherwise.
/// </summary>
internal static class RunFailure
{
    /// <summary>The cause of a cancelled run (Ctrl+C, SIGTERM, a portal's cancel).</summary>
    public const string Cancelled = "已取消 (cancelled)";

    /// <summary>The cause runs stored before issue #17 recorded for a cancellation; still read as one.</summary>
    private const string CancelledBefore = "cancelled";

    /// <summary>Whether a run's recorded failure is a cancellation, in today's wording or the one stored before it.</summary>
    public static bool IsCancelled(string? failure) => failure is Cancelled or CancelledBefore;

    /// <summary>The run.log line of a failure: the state, then its cause.</summary>
    public static string LogLine(string cause) => "失败 (FAILED)：" + cause;

    /// <summary>ENOSPC on Linux and macOS (.NET puts the errno in HResult), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static readonly int[] DiskFull = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <param name="step">What the run was doing, e.g. "写报文包 (writing the package) /work/202610/01/….zip 时".</param>
    /// <param name="stateStore">The state store's file or server, named when it is the state store that failed.</param>
    /// <param name="busySeconds">How long the state store waited for a lock (Engine:StateStoreBusySeconds).</param>
    public static string Describe(string step, Exception fault, string stateStore, int busySeconds) => fault switch
    {
        IOException io when DiskFull.Contains(io.HResult) =>
            $"{step}失败 (failed)：磁盘已满 (no space left on device)：{io.Message} 请释放该磁盘的空间（运行目录约需上一个报文包加上溢出文件的大小），然后重新运行该报送期。",
        SqliteException { SqliteErrorCode: 5 or 6 } locked =>
            $"{step}失败 (failed)：状态库 {stateStore} 被另一个进程锁定 (locked)；等待 {busySeconds.ToString(CultureInfo.InvariantCulture)} 秒后放弃 (Engine:StateStoreBusySeconds)：{locked.Message}",
        System.Data.Common.DbException db => $"{step}失败 (failed)：状态库 {stateStore} 报错 (answered)：{db.Message}",
        _ => $"{step}失败 (failed)：{fault.GetType().Name}：{fault.Message}",
    };
}
