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
}
