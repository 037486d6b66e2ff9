namespace RiskReporting.Core.State;

/// <summary>
/// Which findings of a run to read: every filter is optional (null or empty means any) and exact, except
/// <see cref="KeyPrefix"/>, which matches the start of the record key, case-sensitively and literally.
/// <see cref="Page"/> counts from 1.
/// </summary>
public sealed record FindingQuery(
    string RunId,
    string? Rule = null,
    string? Severity = null,
    string? Part = null,
    string? Branch = null,
    string? KeyPrefix = null,
    int Page = 1,
    int PageSize = FindingQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 10_000;

    /// <summary>The findings before this page, in the store's order.</summary>
    public long Skip => (long)(Page - 1) * PageSize;
}
