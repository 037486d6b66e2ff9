using System.Diagnostics;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Runs the built `riskreport` as a child process, as an operator or an outside tool would.</summary>
public static class RiskReportProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs riskreport with the folder's default session file (<see cref="DefaultSession"/>), which <see cref="CliUsers.Operator"/> logs an operator into.</summary>
    public static Result Run(string workingDirectory, params string[] arguments) => RunWith(workingDirectory, DefaultSession(workingDirectory), null, arguments);

    /// <summary>Runs with the folder's default session and environment variables set (a null value removes one).</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunWith(workingDirectory, DefaultSession(workingDirectory), null, arguments, environment);

    /// <summary>Runs riskreport with RISKREPORT_SESSION=session and, when given, the text as its standard input.</summary>
    public static Result RunWith(string workingDirectory, string session, string? input, params string[] arguments) =>
        RunWith(workingDirectory, session, input, arguments, null);

    private static Result RunWith(string workingDirectory, string session, string? input, string[] arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        using var process = Start(workingDirectory, session, input is not null, arguments, environment);
        if (input is not null)
        {
            process.StandardInput.WriteLine(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("riskreport " + string.Join(' ', arguments) + " did not finish within 5 minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts riskreport without waiting for it (to kill it midway); the caller disposes the process.</summary>
    public static Process Start(string workingDirectory, params string[] arguments) => Start(workingDirectory, DefaultSession(workingDirectory), false, arguments, null);

    /// <summary>The session file of a test folder's plain <see cref="Run(string, string[])"/>: inside the folder, never the tester's own.</summary>
    public static string DefaultSession(string workingDirectory) => Path.Combine(workingDirectory, ".sessions", "current");

    private static Process Start(string workingDirectory, string session, bool input, string[] arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "riskreport.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["COLUMNS"] = "200";
        start.Environment["RISKREPORT_SESSION"] = session;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        return Process.Start(start)!;
    }

    public static TemporaryDirectory NewFolder() => new();
}
