using System.Diagnostics;
using System.IO.Abstractions;
using RiskReporting.Engine.Composition;
using RiskReporting.MessageBuilder.Conformance;

namespace RiskReporting.Engine.Conformance;

/// <summary>
/// The gate every package passes before it is offered for approval and again at approve (issue #13, ADR 0014): the engine's own
/// <see cref="PackageConformanceChecker"/>, then Engine:ConformanceChecker when one is configured (the regulator's checking client,
/// run with the package's path as its one argument; a non-zero exit blocks the package with its output). A package that fails is
/// renamed <c>….zip.rejected</c> in its run folder, to be looked at, so nothing can offer it for approval under its package name.
/// </summary>
public sealed class ConformanceGate(IFileSystem fileSystem, EnginePaths paths)
{
    public const string RejectedSuffix = ".rejected";

    /// <summary>How long the external checker may take; a checker that hangs blocks the package instead of the run.</summary>
    public static readonly TimeSpan CheckerTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Every problem found, each <c>file:line: field: message</c>; empty when the package conforms.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(string packagePath, CancellationToken cancellationToken)
    {
        var problems = new PackageConformanceChecker(fileSystem).Check(packagePath).Select(p => p.ToString()).ToList();
        if (paths.ConformanceChecker is { } checker)
        {
            problems.AddRange(await RunCheckerAsync(checker, packagePath, cancellationToken));
        }

        return problems;
    }

    /// <summary>Renames a failed package to <c>….zip.rejected</c> beside it (replacing an older rejected copy) and returns the new path.</summary>
    public string Reject(string packagePath)
    {
        var rejected = packagePath + RejectedSuffix;
        fileSystem.File.Move(packagePath, rejected, overwrite: true);
        return rejected;
    }

    /// <summary>The cause a failed gate records: how many problems, where the package went, and the problems themselves (the first <paramref name="shown"/>).</summary>
    public static string Cause(string packageName, string rejectedPath, IReadOnlyList<string> problems, int shown = 20)
    {
        var listed = string.Join("；", problems.Take(shown));
        var more = problems.Count > shown ? $"；… 另有 {problems.Count - shown} 个（全部见 run.log）" : string.Empty;
        return $"报文 {packageName} 未通过合规检查 (conformance gate)，共 {problems.Count} 个问题，已改名为 {rejectedPath}：{listed}{more}";
    }

    private static async Task<IReadOnlyList<string>> RunCheckerAsync(string checker, string packagePath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(checker) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(packagePath);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return [$"Engine:ConformanceChecker {checker} 无法启动 (could not be started)：{e.Message}"];
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckerTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return [$"Engine:ConformanceChecker {checker} 未在 {CheckerTimeout.TotalMinutes:0} 分钟内结束，已被终止 (stopped)"];
        }

        if (process.ExitCode == 0)
        {
            return [];
        }

        var lines = ((await output) + (await error)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [$"Engine:ConformanceChecker {checker} 退出码 (exit code) {process.ExitCode}", .. lines];
    }
}
