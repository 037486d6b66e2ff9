using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Extraction.Configuration;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Extraction" section at start: memory budget, threshold, retry, a source that is a database, a rules folder that exists.</summary>
public sealed class ExtractionOptionsValidator(IFileSystem fileSystem, EngineLocation location) : IValidateOptions<ExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionOptions options)
    {
        // An empty Source is allowed at start (users, status and verify read no source); `run` requires it.
        var problems = options.Problems().Where(p => !p.StartsWith("Extraction:Source", StringComparison.Ordinal)).ToList();
        if (options.SourceRetrySeconds < 0)
        {
            problems.Add($"Extraction:SourceRetrySeconds {options.SourceRetrySeconds} 须 ≥ 0。");
        }

        problems.AddRange(OptionChecks.Database("Extraction:Source", options.Source, location.BaseDirectory));
        problems.AddRange(OptionChecks.Folder(fileSystem, "Extraction:Rules", EnginePaths.Rules(options, location.BaseDirectory)));
        return OptionChecks.Result(problems);
    }
}
