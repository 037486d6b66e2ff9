namespace RiskReporting.Testing;

/// <summary>
/// The PostgreSQL server that .ci/run starts: its connection string comes from RISKREPORT_TEST_POSTGRES.
/// Without it, PostgreSQL tests are skipped with a message that says so (locally); in CI they must run.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "RISKREPORT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    public static string RequireConnectionString()
    {
        var value = ConnectionString;
        if (string.IsNullOrEmpty(value))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"{Variable} is not set in CI: .ci/run must start PostgreSQL and export it.");
            }

            Assert.Ignore($"PostgreSQL test skipped: set {Variable} (for example Host=127.0.0.1;Port=55432;Username=postgres;Database=riskreport_test) to run it.");
        }

        return value!;
    }

    /// <summary>A new, empty database on the test server (skipped or failed as <see cref="RequireConnectionString"/> says); its connection string.</summary>
    public static string NewDatabase(string prefix)
    {
        var server = RequireConnectionString();
        var database = prefix + Guid.NewGuid().ToString("N")[..10];
        using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
            create.ExecuteNonQuery();
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }
}
