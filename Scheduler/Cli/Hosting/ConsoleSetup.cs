using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>
/// The console every verb writes to. Redirected (a script, a log, a mail, cron), Spectre.Console assumes 80
/// columns and wraps, which breaks paths mid-name (issue #17); there is no terminal to fit, so the width is
/// made so large that no line is ever wrapped. A terminal keeps its own width.
/// </summary>
public static class ConsoleSetup
{
    /// <summary>Columns when not a terminal: wider than any line a verb prints, small enough for a table's layout arithmetic.</summary>
    public const int RedirectedWidth = 16384;

    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
