using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Configuration;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Engine" section at start: a malformed Org, an empty work folder, a state store that is no database, a calendar folder that is not there, a conformance checker that is no file.</summary>
public sealed class EngineOptionsValidator(IFileSystem fileSystem, EngineLocation location) : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        var problems = new List<string>();
        if (options.Org.Length > 0)
        {
            // An empty Org is allowed at start (users, status and verify need none); the verbs that write a package require it.
            problems.AddRange(options.Problems().Where(p => p.StartsWith("Engine:Org", StringComparison.Ordinal)));
        }

        if (string.IsNullOrWhiteSpace(options.Work))
        {
            problems.Add("Engine:Work 须指明工作文件夹 (work folder)。");
        }

        if (options.StateStoreBusySeconds is < 1 or > 3600)
        {
            problems.Add($"Engine:StateStoreBusySeconds {options.StateStoreBusySeconds} 须为 1 至 3600 秒。");
        }

        problems.AddRange(OptionChecks.Database("Engine:StateStore", options.StateStore, location.BaseDirectory));
        if (problems.Count == 0)
        {
            problems.AddRange(OptionChecks.Folder(fileSystem, "Engine:Calendar", EnginePaths.Calendar(options, location.BaseDirectory)));
            if (EnginePaths.ConformanceCheckerOf(options, location.BaseDirectory) is { } checker)
            {
                problems.AddRange(OptionChecks.File(fileSystem, "Engine:ConformanceChecker", checker));
            }
        }

        return OptionChecks.Result(problems);
    }
}
