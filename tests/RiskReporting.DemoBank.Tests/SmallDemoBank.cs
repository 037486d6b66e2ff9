using System.IO.Abstractions;
using RiskReporting.Testing;

namespace RiskReporting.DemoBank.Tests;

/// <summary>The small demo bank with planted cases, generated once for all invariant tests of this assembly.</summary>
[SetUpFixture]
public sealed class SmallDemoBank
{
    private static TemporaryDirectory? _directory;

    public static DemoBankResult Clean { get; private set; } = null!;

    public static DemoBankResult Planted { get; private set; } = null!;

    public static IReadOnlyList<Core.Periods.ReportingPeriod> Periods { get; } = [new(2026, 9), new(2026, 10)];

    [OneTimeSetUp]
    public void Generate()
    {
        _directory = new TemporaryDirectory();
        var generator = new DemoBankGenerator(new FileSystem());
        Clean = generator.Generate(new DemoBankOptions { OutputDirectory = _directory.File("clean"), Size = DemoBankSize.Small });
        Planted = generator.Generate(new DemoBankOptions { OutputDirectory = _directory.File("planted"), Size = DemoBankSize.Tiny, Plant = true });
    }

    [OneTimeTearDown]
    public void Remove() => _directory?.Dispose();
}
