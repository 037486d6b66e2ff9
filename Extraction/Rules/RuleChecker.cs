using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using RiskReporting.Core.Configuration;
using RiskReporting.Extraction.Sources;

namespace RiskReporting.Extraction.Rules;

/// <summary>
/// `riskreport rules check`: runs every query of every rule set against the source with no rows fetched
/// (schema only) and reports each problem with file, line and column: a query the database rejects, or
/// one that does not return a column of the contract.
/// </summary>
public static partial class RuleChecker
{
    public static IReadOnlyList<string> Check(IEnumerable<RuleSet> sets, ConnectionTarget source)
    {
        var problems = new List<string>();
        using var connection = SourceConnectionFactory.Open(source);
        var dialect = SourceDialect.For(source.ProviderInvariantName);
        foreach (var query in sets.SelectMany(s => s.Queries.Values))
        {
            using var transaction = dialect.BeginConsistentRead(connection);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = query.Sql;
            foreach (var name in new[] { "d", "d_week" })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = dialect.DateParameter(new DateOnly(2000, 1, 31));
                command.Parameters.Add(parameter);
            }

            try
            {
                using var reader = command.ExecuteReader(CommandBehavior.SchemaOnly);
                var returned = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var missing in QueryContract.Columns[query.Name].Where(c => !returned.Contains(c)))
                {
                    problems.Add($"{query.File} line {LineOfNearest(query.Sql, missing)}: column {missing}：查询未返回列 '{missing}' (returns no column)。");
                }
            }
            catch (DbException e)
            {
                var column = Identifier(e.Message);
                var where = column is null ? "line 1" : $"line {LineOf(query.Sql, column)}: column {column}";
                problems.Add($"{query.File} {where}：{e.Message.ReplaceLineEndings(" ")}");
            }
        }

        return problems;
    }

    private static string? Identifier(string message)
    {
        var match = MissingColumn().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        return name.Contains('.', StringComparison.Ordinal) ? name[(name.LastIndexOf('.') + 1)..] : name;
    }

    private static int LineOf(string sql, string token)
    {
        var lines = sql.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Regex.IsMatch(lines[i], $@"(?<![\w]){Regex.Escape(token)}(?![\w])", RegexOptions.IgnoreCase))
            {
                return i + 1;
            }
        }

        return 1;
    }

    /// <summary>The line of the identifier closest to the missing column (a misspelt alias), else of SELECT.</summary>
    private static int LineOfNearest(string sql, string column)
    {
        var lines = sql.Split('\n');
        var best = (Line: LineOf(sql, "SELECT"), Distance: 3);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match word in Word().Matches(lines[i]))
            {
                var distance = Distance(word.Value.ToLowerInvariant(), column);
                if (distance < best.Distance)
                {
                    best = (i + 1, distance);
                }
            }
        }

        return best.Line;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var next = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = next;
            }
        }

        return row[b.Length];
    }

    [GeneratedRegex(@"no such column: (?<name>[\w.]+)|column ""?(?<name>[\w.]+)""? does not exist", RegexOptions.IgnoreCase)]
    private static partial Regex MissingColumn();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
