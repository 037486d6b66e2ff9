using System.Globalization;
using System.Text;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>
/// A finding query's filters as SQL: fixed fragments joined with AND, the values always parameters, put where a
/// findings statement says <c>/*filters*/</c>. The key prefix is compared literally and case-sensitively on both providers.
/// </summary>
internal sealed class FindingFilters
{
    private const string Mark = "/*filters*/";

    private readonly StringBuilder _sql = new();
    private readonly List<(string Name, object? Value)> _parameters = [];

    private FindingFilters(FindingQuery query)
    {
        _parameters.Add(("run", query.RunId));
        Equal("rule", query.Rule);
        Equal("severity", query.Severity);
        Equal("part", query.Part);
        Equal("branch", query.Branch);
        if (!string.IsNullOrEmpty(query.KeyPrefix))
        {
            _sql.Append(" AND substr(record_key, 1, length(@key_prefix)) = @key_prefix");
            _parameters.Add(("key_prefix", query.KeyPrefix));
        }
    }

    public static FindingFilters Of(FindingQuery query) => new(query);

    /// <summary>The statement with the filters in place of its mark.</summary>
    public string Apply(string statement) =>
        statement.Contains(Mark, StringComparison.Ordinal)
            ? statement.Replace(Mark, _sql.ToString(), StringComparison.Ordinal)
            : throw new InvalidOperationException($"A findings statement has no {Mark} mark: {statement}");

    public (string Name, object? Value)[] Parameters(params (string Name, object? Value)[] more) => [.. _parameters, .. more];

    private void Equal(string column, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _sql.Append(CultureInfo.InvariantCulture, $" AND {column} = @{column}");
            _parameters.Add((column, value));
        }
    }
}
