using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// The cause a failed run records, in run.log, the state store and on stderr (issue #13): what the run was doing, and what the fault says,
/// in the operator's words for the faults an operator can act on (a full disk, a locked state store) and the fault's own message otherwise.
/// </summary>
internal static class RunFailure
{
    /// <summary>ENOSPC on Linux and macOS (.NET puts the errno in HResult), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static readonly int[] DiskFull = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <param name="step">What the run was doing, e.g. "writing the package /work/202610/01/….zip".</param>
    /// <param name="stateStore">The state store's file or server, named when it is the state store that failed.</param>
    /// <param name="busySeconds">How long the state store waited for a lock (Engine:StateStoreBusySeconds).</param>
    public static string Describe(string step, Exception fault, string stateStore, int busySeconds) => fault switch
    {
        IOException io when DiskFull.Contains(io.HResult) =>
            $"{step} failed: the disk is full (no space left on device): {io.Message} Free space on that disk (the run's folder needs about the size of its last package plus its spill) and run the period again.",
        SqliteException { SqliteErrorCode: 5 or 6 } locked =>
            $"{step} failed: the state store {stateStore} is locked by another process; gave up after waiting {busySeconds.ToString(CultureInfo.InvariantCulture)} s (Engine:StateStoreBusySeconds): {locked.Message}",
        System.Data.Common.DbException db => $"{step} failed: the state store {stateStore} answered: {db.Message}",
        _ => $"{step} failed: {fault.GetType().Name}: {fault.Message}",
    };
}
