using RiskReporting.Core.Configuration;

namespace RiskReporting.Core.Tests.Configuration;

public sealed class ConnectionTargetTests
{
    [Test]
    public void Parse_SqlitePath_IsResolvedAgainstTheConfigurationFolder()
    {
        var target = ConnectionTarget.Parse("sqlite:source.db", "/banks/demo");
        Assert.Multiple(() =>
        {
            Assert.That(target.Kind, Is.EqualTo(DatabaseKind.Sqlite));
            Assert.That(target.Value, Is.EqualTo("/banks/demo/source.db"));
            Assert.That(target.ProviderInvariantName, Is.EqualTo("Microsoft.Data.Sqlite"));
        });
    }

    [Test]
    public void ToString_PostgresWithPassword_NeverShowsThePassword()
    {
        var target = ConnectionTarget.Parse("postgres:Host=db;Username=crrs;Password=s3cret-Pw", "/");
        Assert.That(target.ToString(), Does.Not.Contain("s3cret-Pw").And.Contain("***"));
    }

    [Test]
    public void ConnectionString_EnvironmentReference_IsReplacedFromTheEnvironment()
    {
        Environment.SetEnvironmentVariable("RISKREPORT_TEST_SECRET", "from-env");
        var target = ConnectionTarget.Parse("postgres:Host=db;Password=${RISKREPORT_TEST_SECRET}", "/");
        Assert.Multiple(() =>
        {
            Assert.That(target.ConnectionString(), Does.Contain("Password=from-env"));
            Assert.That(target.ToString(), Does.Not.Contain("from-env"));
        });
    }

    [Test]
    public void ConnectionString_MissingEnvironmentVariable_NamesItWithoutAValue()
    {
        var target = ConnectionTarget.Parse("postgres:Host=db;Password=${RISKREPORT_TEST_UNSET_VARIABLE}", "/");
        Assert.That(() => target.ConnectionString(), Throws.InvalidOperationException.With.Message.Contains("RISKREPORT_TEST_UNSET_VARIABLE"));
    }

    [TestCase("mysql:Server=x;Password=hunter2")]
    [TestCase("source.db")]
    [TestCase("sqlite:")]
    public void Parse_UnknownForm_IsRefusedWithoutEchoingAPassword(string text) =>
        Assert.That(() => ConnectionTarget.Parse(text, "/"), Throws.TypeOf<FormatException>().With.Message.Not.Contains("hunter2"));
}
