using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Validation;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Validation" section at start: a tolerance that is not negative, a rule catalogue that exists.</summary>
public sealed class ValidationOptionsValidator(IFileSystem fileSystem, EngineLocation location) : IValidateOptions<ValidationOptions>
{
    public ValidateOptionsResult Validate(string? name, ValidationOptions options)
    {
        var problems = new List<string>();
        if (options.GlToleranceYuan < 0)
        {
            problems.Add($"Validation:GlToleranceYuan {options.GlToleranceYuan} 须 ≥ 0。");
        }

        problems.AddRange(OptionChecks.File(fileSystem, "Validation:Catalogue", EnginePaths.Catalogue(options, location.BaseDirectory)));
        return OptionChecks.Result(problems);
    }
}
