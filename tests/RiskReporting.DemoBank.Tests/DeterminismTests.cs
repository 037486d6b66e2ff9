using System.IO.Abstractions;
using RiskReporting.Testing;

namespace RiskReporting.DemoBank.Tests;

public sealed class DeterminismTests
{
    [Test]
    public void SameSeed_GivesTheSameBank_AndTheSameLedgerBytes()
    {
        using var directory = new TemporaryDirectory();
        var generator = new DemoBankGenerator(new FileSystem());
        var first = generator.Generate(new DemoBankOptions { OutputDirectory = directory.File("a"), Size = DemoBankSize.Tiny, Plant = true });
        var second = generator.Generate(new DemoBankOptions { OutputDirectory = directory.File("b"), Size = DemoBankSize.Tiny, Plant = true });

        using var a = new SourceDatabase(first.SourceDatabase);
        using var b = new SourceDatabase(second.SourceDatabase);
        Assert.Multiple(() =>
        {
            Assert.That(a.CanonicalDigest(), Is.EqualTo(b.CanonicalDigest()));
            Assert.That(System.IO.File.ReadAllBytes(first.LedgerFiles[^1]), Is.EqualTo(System.IO.File.ReadAllBytes(second.LedgerFiles[^1])));
            Assert.That(System.IO.File.ReadAllBytes(first.PlantedFile!), Is.EqualTo(System.IO.File.ReadAllBytes(second.PlantedFile!)));
        });
    }

    [Test]
    public void AnotherSeed_GivesAnotherBank()
    {
        using var directory = new TemporaryDirectory();
        var generator = new DemoBankGenerator(new FileSystem());
        var first = generator.Generate(new DemoBankOptions { OutputDirectory = directory.File("a"), Size = DemoBankSize.Tiny });
        var second = generator.Generate(new DemoBankOptions { OutputDirectory = directory.File("b"), Size = DemoBankSize.Tiny, Seed = 7 });

        using var a = new SourceDatabase(first.SourceDatabase);
        using var b = new SourceDatabase(second.SourceDatabase);
        Assert.That(a.CanonicalDigest(), Is.Not.EqualTo(b.CanonicalDigest()));
    }

    [Test]
    public void SourceDatabase_IsCreatedFromTheSpecSchemaAsShipped()
    {
        using var db = new SourceDatabase(SmallDemoBank.Clean.SourceDatabase);
        var schema = System.IO.File.ReadAllText(Path.Combine(TestPaths.SpecDirectory, "source-schema.sql"));
        var tables = db.Rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!).ToList();

        Assert.That(tables, Has.Count.EqualTo(25));
        Assert.That(tables.Where(t => !schema.Contains($"CREATE TABLE {t} (", StringComparison.Ordinal)), Is.Empty);
    }
}
