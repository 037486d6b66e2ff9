using System.IO.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Scheduler.Logging;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Logging;

public sealed class LogRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Prune_DeletesLogFilesOlderThanTheRetention_AndKeepsNewerOnesAndOtherFiles()
    {
        using var folder = new TemporaryDirectory();
        var old = Touch(folder, "riskreport-2026-05-01.json", Now.AddDays(-181));
        var oldArchive = Touch(folder, "riskreport-2026-05-02_01.json", Now.AddDays(-200));
        var recent = Touch(folder, "riskreport-2026-06-10.json", Now.AddDays(-179));
        var foreign = Touch(folder, "notes.txt", Now.AddDays(-400));

        var deleted = new LogRetention(new FileSystem(), new FakeTimeProvider(Now)).Prune(folder.Path, 180);

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(2));
            Assert.That(File.Exists(old), Is.False);
            Assert.That(File.Exists(oldArchive), Is.False);
            Assert.That(File.Exists(recent), Is.True);
            Assert.That(File.Exists(foreign), Is.True, "only the files NLog writes are pruned");
        });
    }

    [Test]
    public void Prune_ShorterRetention_DeletesMore()
    {
        using var folder = new TemporaryDirectory();
        var week = Touch(folder, "riskreport-2026-11-20.json", Now.AddDays(-11));

        new LogRetention(new FileSystem(), new FakeTimeProvider(Now)).Prune(folder.Path, 10);

        Assert.That(File.Exists(week), Is.False);
    }

    [Test]
    public void Prune_MissingFolder_DeletesNothing() =>
        Assert.That(new LogRetention(new FileSystem(), new FakeTimeProvider(Now)).Prune(Path.Combine(Path.GetTempPath(), "riskreport-no-such-" + Guid.NewGuid().ToString("N")), 180), Is.Zero);

    private static string Touch(TemporaryDirectory folder, string name, DateTimeOffset written)
    {
        var path = folder.File(name);
        File.WriteAllText(path, "{}\n");
        File.SetLastWriteTimeUtc(path, written.UtcDateTime);
        return path;
    }
}
