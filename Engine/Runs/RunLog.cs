using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Calendar;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// run.log beside a run's outputs: one line per step, counts and digests only, stamped in Beijing time with
/// its offset (2026-11-01T08:00:00.123+08:00) like the host's log (ADR 0012); `riskreport logs --run` prints it.
/// Written from the run's thread and from its state-store writes beside it, one whole line at a time.
/// </summary>
public sealed class RunLog(IFileSystem fileSystem, TimeProvider clock, string path)
{
    private readonly Lock _lock = new();

    public void Write(string line)
    {
        lock (_lock)
        {
            fileSystem.File.AppendAllText(path, clock.GetUtcNow().ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) + " " + line + "\n");
        }
    }
}
