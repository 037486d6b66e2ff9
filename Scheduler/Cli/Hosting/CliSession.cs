using System.IO.Abstractions;
using RiskReporting.Identity.Sessions;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>The CLI's session file: <c>RISKREPORT_SESSION</c>, else <c>~/.config/riskreport/session</c>.</summary>
public static class CliSession
{
    public static SessionFile File(IFileSystem fileSystem) => new(fileSystem, SessionFile.DefaultPath(Environment.GetEnvironmentVariable));
}
