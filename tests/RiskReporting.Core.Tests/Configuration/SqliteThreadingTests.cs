using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Configuration;
using RiskReporting.Testing;

namespace RiskReporting.Core.Tests.Configuration;

public sealed class SqliteThreadingTests
{
    [Test]
    public void AConnectionOpenedAfterInitialize_HasNoMutexOfItsOwn()
    {
        Assert.That(SqliteThreading.Initialize(), Is.True);
        using var folder = new TemporaryDirectory();
        using var connection = new SqliteConnection($"Data Source={folder.File("x.db")};Pooling=False");
        connection.Open();

        // sqlite3_db_mutex is NULL exactly when the library runs in single-thread or multi-thread mode; serialized mode gives each connection one.
        Assert.That(DbMutex(connection.Handle!.DangerousGetHandle()), Is.EqualTo(IntPtr.Zero));
    }

    private static IntPtr DbMutex(IntPtr db) => Native.sqlite3_db_mutex(db);

    private static class Native
    {
        [DllImport("e_sqlite3")]
        public static extern IntPtr sqlite3_db_mutex(IntPtr db);
    }
}
