namespace RiskReporting.Validation.Catalogue;

/// <summary>A rule catalogue that cannot be used: every problem with file and line.</summary>
public sealed class CatalogueException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
