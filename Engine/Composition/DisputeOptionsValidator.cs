using Microsoft.Extensions.Options;
using RiskReporting.Evidence;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Disputes" section at start.</summary>
public sealed class DisputeOptionsValidator : IValidateOptions<DisputeOptions>
{
    public ValidateOptionsResult Validate(string? name, DisputeOptions options) => OptionChecks.Result([.. options.Problems()]);
}
