using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Calendar;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// run.log beside a run's outputs: one line per step, counts and digests only, stamped in Beijing time with
/// its offset (2026-11-01T08:00:00.123+08:00) like the host's log (ADR 0012); `riskreport logs --run` prints it.
/// </summary>
public sealed class RunLog(IFileSystem fileSystem, TimeProvider clock, string path)
{
    public void Write(string line) =>
        fileSystem.File.AppendAllText(path, clock.GetUtcNow().ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) + " " + line + "\n");
}
