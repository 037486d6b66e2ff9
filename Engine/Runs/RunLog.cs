using System.Globalization;
using System.IO.Abstractions;

namespace RiskReporting.Engine.Runs;

/// <summary>run.log beside a run's outputs: one UTC-stamped line per step, counts and digests only.</summary>
public sealed class RunLog(IFileSystem fileSystem, TimeProvider clock, string path)
{
    public void Write(string line) =>
        fileSystem.File.AppendAllText(path, clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + " " + line + "\n");
}
