using Microsoft.Data.Sqlite;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>
/// Logs never carry a person (issue #14): after the demo month, no host log, run.log or file left behind in the
/// work folder holds an ID number or a person's name from the demo bank's source.
/// </summary>
public sealed class PersonalDataInLogsTests
{
    [Test]
    public void AfterTheDemoMonth_NoLogRunLogOrLeftoverFile_HoldsAnIdNumberOrAPersonsName()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "demo", "--size", "tiny", "--plant");
        var demo = RiskReportProcess.Run(folder.Path, "demo", "run", "--dir", "demo");
        var status = RiskReportProcess.Run(folder.Path, "status", "--period", "202610", "--config", "demo/appsettings.json");
        var (ids, names) = PeopleOf(folder.File("demo/source.db"));
        var work = folder.File("demo/work");
        var scanned = Directory.GetFiles(work, "*", SearchOption.AllDirectories)
            .Where(f => IsLogOrLeftover(work, f))
            .ToDictionary(f => Path.GetRelativePath(work, f), File.ReadAllText);

        var leaks = scanned.SelectMany(file => ids.Concat(names).Where(secret => file.Value.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{file.Key}: {secret[..1]}…")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(demo.ExitCode, Is.EqualTo(3), "the planted month is blocked by its ERROR findings: " + demo.Error);
            Assert.That(status.ExitCode, Is.Zero, status.Error);
            Assert.That(ids, Has.Count.GreaterThan(10), "the demo bank has people with ID numbers");
            Assert.That(names, Has.Count.GreaterThan(10));
            Assert.That(scanned.Keys, Has.Some.EndsWith("run.log"));
            Assert.That(scanned.Keys, Has.Some.StartWith("logs" + Path.DirectorySeparatorChar), "the host log is scanned too");
            Assert.That(leaks, Is.Empty);
        });
    }

    /// <summary>Host logs, run logs, and anything temporary a run might leave (spill runs, .tmp files).</summary>
    private static bool IsLogOrLeftover(string work, string file)
    {
        var relative = Path.GetRelativePath(work, file);
        return relative.StartsWith("logs" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || file.EndsWith("run.log", StringComparison.Ordinal)
            || file.EndsWith(".tmp", StringComparison.Ordinal)
            || relative.Contains(Path.DirectorySeparatorChar + "spill" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The people of the source: related persons, retail borrowers and personal guarantors (ID numbers and names of two characters or more).</summary>
    private static (List<string> Ids, List<string> Names) PeopleOf(string source)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        List<string> Read(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var values = new List<string>();
            while (reader.Read())
            {
                values.Add(reader.GetString(0).Trim());
            }

            return values;
        }

        var ids = Read("SELECT id_no FROM related_person WHERE id_no IS NOT NULL UNION SELECT id_no FROM retail_loan");
        var names = Read("SELECT person_name FROM related_person UNION SELECT borrower_name FROM retail_loan");
        return ([.. ids.Where(i => i.Length >= 15).Distinct()], [.. names.Where(n => n.Length >= 2).Distinct()]);
    }
}
