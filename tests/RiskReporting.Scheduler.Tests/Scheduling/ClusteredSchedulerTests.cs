using System.Text.Json.Nodes;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Tests.Cli;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Scheduling;

/// <summary>Two `riskreport scheduler` processes on one PostgreSQL job store and state store.</summary>
[NonParallelizable]
public sealed class ClusteredSchedulerTests
{
    [Test]
    public async Task TwoSchedulerProcessesOnOnePostgresJobStore_RunTheMonthlyJobExactlyOnce()
    {
        var server = PostgresTestServer.RequireConnectionString();
        var database = "rr_cluster_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var reported = ReportingPeriod.ReportedOn(ReportingDeadline.ShanghaiDay(TimeProvider.System.GetUtcNow()));
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--periods", $"{reported.Previous},{reported}");
        var settings = JsonNode.Parse(File.ReadAllText(folder.File("bank/appsettings.json")))!;
        settings["Engine"]!["StateStore"] = "postgres:" + connection;
        // Fires every 3 seconds, so each node sees several fire times of the same period within the test.
        settings["Scheduler"] = new JsonObject { ["Cron"] = "0/3 * * * * ?", ["FirstPeriod"] = reported.ToString(), ["IdleWaitSeconds"] = 1 };
        File.WriteAllText(folder.File("bank/cluster.json"), settings.ToJsonString());

        using var first = RiskReportProcess.Start(folder.Path, "scheduler", "--config", "bank/cluster.json", "--for", "25");
        using var second = RiskReportProcess.Start(folder.Path, "scheduler", "--config", "bank/cluster.json", "--for", "25");
        var outputs = await Task.WhenAll(first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync(), first.StandardOutput.ReadToEndAsync(), second.StandardOutput.ReadToEndAsync());
        await first.WaitForExitAsync();
        await second.WaitForExitAsync();

        var store = new PostgresStateStore(connection, TimeProvider.System);
        var runs = await store.ListRunsAsync(null);
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, outputs[0]);
            Assert.That(second.ExitCode, Is.Zero, outputs[1]);
            Assert.That(outputs[2] + outputs[3], Does.Contain("running"), "both nodes started");
            Assert.That(runs.Select(r => (r.Period, r.Batch)), Is.EqualTo(new[] { (reported, 1) }));
            Assert.That(runs[0].StartedBy, Is.EqualTo("scheduler"));
        });
    }
}
