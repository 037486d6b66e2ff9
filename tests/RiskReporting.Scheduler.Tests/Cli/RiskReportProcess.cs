using System.Diagnostics;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Runs the built `riskreport` as a child process, as an operator or an outside tool would.</summary>
public static class RiskReportProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs with environment variables set (a null value removes one).</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
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
    public static Process Start(string workingDirectory, params string[] arguments) => Start(workingDirectory, new Dictionary<string, string?>(), arguments);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
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
        foreach (var (name, value) in environment)
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
