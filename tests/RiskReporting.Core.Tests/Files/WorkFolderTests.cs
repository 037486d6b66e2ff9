using System.IO.Abstractions;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Files;
using RiskReporting.Core.Spill;
using RiskReporting.Testing;

namespace RiskReporting.Core.Tests.Files;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WorkFolderTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Test]
    public void NewWorkFolderAndStateStore_AreCreated0700And0600_AndSqliteKeepsTheModeForItsWal()
    {
        using var folder = new TemporaryDirectory();
        var work = folder.File("bank/work");
        var database = Path.Combine(work, "state.db");

        WorkFolder.Prepare(new FileSystem(), work, new ConnectionTarget(DatabaseKind.Sqlite, database));
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);";
            command.ExecuteNonQuery();
            Assert.That(File.Exists(database + "-wal"), Is.True);
            Assert.That(File.GetUnixFileMode(database + "-wal"), Is.EqualTo(OwnerOnlyFile), "the WAL file takes the database's mode");
        }

        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(work), Is.EqualTo(OwnerOnlyFolder));
            Assert.That(File.GetUnixFileMode(folder.File("bank")), Is.EqualTo(OwnerOnlyFolder));
            Assert.That(File.GetUnixFileMode(database), Is.EqualTo(OwnerOnlyFile));
        });
    }

    [Test]
    public void WorkFolderAndStateStoreLeftWideByAnOlderInstallation_AreNarrowed()
    {
        using var folder = new TemporaryDirectory();
        var work = folder.File("work");
        Directory.CreateDirectory(work);
        var database = Path.Combine(work, "state.db");
        File.WriteAllBytes(database, []);
        File.SetUnixFileMode(work, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(database, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        WorkFolder.Prepare(new FileSystem(), work, new ConnectionTarget(DatabaseKind.Sqlite, database));

        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(work), Is.EqualTo(OwnerOnlyFolder));
            Assert.That(File.GetUnixFileMode(database), Is.EqualTo(OwnerOnlyFile));
        });
    }

    [Test]
    public void Prepare_RemovesTheSpillAKilledProcessLeft()
    {
        using var folder = new TemporaryDirectory();
        var spill = folder.File("work/202610/01/spill");
        Directory.CreateDirectory(spill);
        File.WriteAllText(Path.Combine(spill, SpillArea.OwnerFile), string.Empty);

        var removed = WorkFolder.Prepare(new FileSystem(), folder.File("work"), new ConnectionTarget(DatabaseKind.Postgres, "Host=unused"));

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(1));
            Assert.That(Directory.Exists(spill), Is.False);
        });
    }
}
