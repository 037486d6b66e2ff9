using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NLog.Config;
using NLog.Extensions.Logging;
using RiskReporting.Scheduler.Logging;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Logging;

/// <summary>The shipped NLog.config, loaded as the host loads it, writes what IT operations' tools parse.</summary>
public sealed class JsonLogTests
{
    [Test]
    public void ShippedConfig_WritesOneJsonObjectPerLine_WithShanghaiTimeEventIdAndProperties()
    {
        using var folder = new TemporaryDirectory();
        var lines = LogThroughShippedConfig(folder.Path, logger =>
        {
#pragma warning disable CA1873 // The test writes two lines through the plain ILogger API; a [LoggerMessage] method would hide what is logged.
            logger.LogInformation(new EventId(6002, "StateStoreReady"), "Run {RunId} of {Period} done", "abc123", "202610");
            logger.LogError(new EventId(6005), new InvalidOperationException("boom"), "Run {RunId} failed", "abc123");
#pragma warning restore CA1873
        });

        Assert.That(lines, Has.Count.EqualTo(2));
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        var root = first.RootElement;
        var time = root.GetProperty("time").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(time, Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$"));
            Assert.That(DateTimeOffset.Parse(time, CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow, Is.LessThan(TimeSpan.FromMinutes(5)).And.GreaterThan(TimeSpan.FromMinutes(-5)), "the offset names the same instant");
            Assert.That(root.GetProperty("level").GetString(), Is.EqualTo("INFO"));
            Assert.That(root.GetProperty("eventId").GetInt32(), Is.EqualTo(6002));
            Assert.That(root.GetProperty("message").GetString(), Is.EqualTo("Run abc123 of 202610 done"));
            Assert.That(root.GetProperty("Period").GetString(), Is.EqualTo("202610"), "template values are fields of their own");
            Assert.That(second.RootElement.GetProperty("level").GetString(), Is.EqualTo("ERROR"));
            Assert.That(second.RootElement.GetProperty("exception").GetString(), Does.Contain("boom"));
        });
    }

    [Test]
    public void ShanghaiTime_IsEightHoursAheadOfUtc_WithTheOffsetWritten() =>
        Assert.That(ShanghaiTimeLayoutRenderer.Format(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)), Is.EqualTo("2026-12-01T00:30:00.000+08:00"));

    private static List<string> LogThroughShippedConfig(string directory, Action<ILogger> log)
    {
        LogSetup.RegisterExtensions();
        using var factory = new NLog.LogFactory();
        factory.Configuration = new XmlLoggingConfiguration(Path.Combine(AppContext.BaseDirectory, "NLog.config"), factory);
        factory.Configuration.Variables["logDirectory"] = directory;
        factory.ReconfigExistingLoggers();
        using (var provider = new NLogLoggerProvider(new NLogProviderOptions(), factory))
        {
            log(provider.CreateLogger("RiskReporting.Engine.Runs.MonthlyRun"));
        }

        factory.Shutdown();
        var file = Directory.GetFiles(directory, "riskreport-*.json").Single();
        return [.. File.ReadAllLines(file).Where(l => l.Length > 0)];
    }
}
