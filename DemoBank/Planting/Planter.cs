using System.Globalization;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank.Interbank;

namespace RiskReporting.DemoBank.Planting;

/// <summary>
/// Plants at least one known violation of every rule of rules.md into a generated bank.
/// Every ERROR case lives only in the last period, on customers of its own (lines that start in that
/// month, items with a month-end row only at its D), so the period before stays clean and approvable,
/// which the cross-period rules (TS-KQ, TJ-KQ) need as their comparison. Cross-period cases use
/// customers present in both periods. TS-KQ-001 needs a loan's own row to change between the two runs,
/// which one static database cannot hold: it is planted by <see cref="PlantedChanges"/>, a SQL step to
/// apply after running the period before.
/// </summary>
public sealed partial class Planter(GenerationContext context, SqliteTransaction transaction, InterbankBook interbank)
{
    private readonly List<PlantedCase> _cases = [];

    private ReportingPeriod Last => context.Periods[^1];

    private int LastIndex => context.Periods.Count - 1;

    private bool HasPreviousPeriod => context.Periods.Count > 1;

    public PlantResult PlantAll()
    {
        PlantBasicRules();
        PlantUniquenessRules();
        PlantCompletenessRules();
        PlantLogicRules();
        PlantLedgerRules();
        PlantCurrentPeriodWarnings();
        string? between = null;
        if (HasPreviousPeriod)
        {
            between = PlantCrossPeriodWarnings();
        }

        return new PlantResult(_cases, between);
    }

    private void Planted(string rule, string part, params string[] key) => _cases.Add(new PlantedCase(rule, part, PlantedCase.JoinKey(key)));

    private void Sql(string sql, params object?[] values)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i] switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal m => (double)m,
                var v => v,
            });
        }

        command.ExecuteNonQuery();
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
