using System.IO.Abstractions;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Spec;
using RiskReporting.DemoBank.Corporate;
using RiskReporting.DemoBank.Interbank;
using RiskReporting.DemoBank.Planting;
using RiskReporting.DemoBank.Retail;
using RiskReporting.DemoBank.Source;

namespace RiskReporting.DemoBank;

/// <summary>
/// Builds a demo bank in the reference source schema: a SQLite source database created by running
/// spec/source-schema.sql as shipped, the interbank ledger file of every period, and an
/// appsettings.json that points the engine at both. Seeded: the same options give the same bytes.
/// Everything is streamed; only per-branch ledger sums and the interbank deals are held.
/// </summary>
public sealed class DemoBankGenerator(IFileSystem fileSystem)
{
    /// <summary>Boundary limits around the default 5,000.00万 threshold: in scope, out, in by rounding, out by a cent.</summary>
    private static readonly decimal[] BoundaryLimits = [50_000_000.00m, 49_999_900.00m, 49_999_950.00m, 49_999_949.99m];

    public DemoBankResult Generate(DemoBankOptions options, IProgress<DemoBankProgress>? progress = null)
    {
        var output = fileSystem.Path.GetFullPath(options.OutputDirectory);
        var sourcePath = fileSystem.Path.Combine(output, "source.db");
        var inbox = fileSystem.Path.Combine(output, "inbox");
        fileSystem.Directory.CreateDirectory(inbox);
        var temporary = sourcePath + ".tmp";
        if (fileSystem.File.Exists(temporary))
        {
            fileSystem.File.Delete(temporary);
        }

        var profile = DemoBankProfile.For(options.Size);
        IReadOnlyDictionary<string, long> rows;
        PlantResult planted = new([], null);
        InterbankBook interbank;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
            Execute(connection, SpecResources.SourceSchemaSql);
            using var transaction = connection.BeginTransaction();
            using var tables = new SourceTables(transaction);
            var context = new GenerationContext(options, profile, tables);
            interbank = WriteBank(context, profile, progress);
            if (options.Plant)
            {
                planted = new Planter(context, transaction, interbank).PlantAll();
            }

            WriteGeneralLedger(context);

            transaction.Commit();
            rows = tables.RowCounts;
        }

        fileSystem.File.Move(temporary, sourcePath, overwrite: true);
        var ledgers = new List<string>();
        for (var i = 0; i < options.Periods.Count; i++)
        {
            var path = fileSystem.Path.Combine(inbox, InterbankLedgerFile.FileName(options.Periods[i]));
            InterbankLedgerFile.Write(fileSystem, path, interbank.Deals, i);
            ledgers.Add(path);
        }

        if (planted.BetweenPeriodsSql is { } sql)
        {
            PlantedChanges.Write(fileSystem, fileSystem.Path.Combine(output, PlantedChanges.FileName), sql);
        }

        var settings = DemoSettingsFile.Write(fileSystem, output, options);
        var plantedFile = options.Plant ? PlantedCase.WriteCsv(fileSystem, fileSystem.Path.Combine(output, "planted.csv"), planted.Cases) : null;
        return new DemoBankResult(sourcePath, ledgers, settings, plantedFile, rows);
    }

    private static InterbankBook WriteBank(GenerationContext context, DemoBankProfile profile, IProgress<DemoBankProgress>? progress)
    {
        var corporates = new CorporateBook(context);
        var groups = new GroupBook(context, corporates);
        var written = 0;
        foreach (var limit in BoundaryLimits)
        {
            var customer = corporates.CreateCustomer(customerClass: "A2");
            corporates.WriteBusiness(customer, corporates.WriteOwnLines(customer, limit), mix: BusinessMix.LineOnly);
            written++;
        }

        // Every size shows every feature at least once: a group with a split line, a supply chain,
        // an overseas customer, and a customer with foreign-currency, off-balance, bond and equity business.
        written += groups.WriteGroup(3, supplyChainWanted: false, withLine: true);
        written += groups.WriteGroup(2, supplyChainWanted: true, withLine: true);
        var overseas = corporates.CreateCustomer(overseas: true);
        corporates.WriteBusiness(overseas, corporates.WriteOwnLines(overseas, 300_000_000m));
        var showcase = corporates.CreateCustomer(customerClass: "A1");
        corporates.WriteSignal(showcase.Code);
        corporates.WriteBusiness(showcase, corporates.WriteOwnLines(showcase, 2_000_000_000m), mix: BusinessMix.Showcase);
        written += 2;

        var overseasEvery = Math.Max(10, profile.CorporateCustomers / 60);
        while (written < profile.CorporateCustomers)
        {
            if (context.Chance(0.04) && profile.CorporateCustomers - written >= 6)
            {
                written += groups.WriteGroup(context.Random.Number(2, 6));
            }
            else
            {
                var customer = corporates.CreateCustomer(overseas: written % overseasEvery == overseasEvery - 1);
                corporates.WriteBusiness(customer, corporates.WriteOwnLines(customer));
                written++;
            }

            if (written % 500 == 0 || written >= profile.CorporateCustomers)
            {
                progress?.Report(new DemoBankProgress("corporate customers", written, profile.CorporateCustomers));
            }
        }

        var interbank = new InterbankBook(context, corporates);
        interbank.WriteInstitutions(profile.FiCustomers);
        var retail = new RetailBook(context);
        for (var i = 1; i <= profile.RetailLoans; i++)
        {
            retail.WriteLoan();
            if (i % 10_000 == 0 || i == profile.RetailLoans)
            {
                progress?.Report(new DemoBankProgress("retail loans", i, profile.RetailLoans));
            }
        }

        return interbank;
    }

    /// <summary>One gl_balance row per branch and subject that has items at D, as the core system books it.</summary>
    private static void WriteGeneralLedger(GenerationContext context)
    {
        for (var i = 0; i < context.Periods.Count; i++)
        {
            foreach (var branch in context.Branches.Codes)
            {
                foreach (var subject in GeneralLedger.Subjects)
                {
                    var balance = context.Ledger.BalanceOf(i, branch, subject);
                    if (balance != 0m)
                    {
                        context.Tables.GlBalance.Add(context.Periods[i].DataDate, branch, subject, balance);
                    }
                }
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
