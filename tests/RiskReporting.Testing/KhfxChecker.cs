using System.Diagnostics;

namespace RiskReporting.Testing;

/// <summary>Runs the regulator's conformance checker (shared/tools/khfx-check) on a package.</summary>
public static class KhfxChecker
{
    public static (int ExitCode, string Output) Check(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(TestPaths.ToolsDirectory, "khfx-check"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
