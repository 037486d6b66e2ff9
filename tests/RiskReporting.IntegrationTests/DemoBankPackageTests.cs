using RiskReporting.Core.Snapshots;
using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using RiskReporting.Extraction;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests;

/// <summary>Packages of generated banks pass the regulator's checker, in both periods.</summary>
public sealed class DemoBankPackageTests
{
    [Test]
    public void SampleBankPackages_PassKhfxCheck()
    {
        using var work = new TemporaryDirectory();
        var package = SamplePackageTests.BuildSamplePackage(ReportingPeriod.Parse("202610"), work.Path);

        var (exit, output) = KhfxChecker.Check(package.Path);

        Assert.That(exit, Is.Zero, output);
    }

    [TestCase("202609")]
    [TestCase("202610")]
    public void SmallDemoBank_Package_PassesKhfxCheck(string periodText)
    {
        var period = ReportingPeriod.Parse(periodText);
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Small);

        var result = DemoBankRuns.Extract(bank, period);
        var package = DemoBankRuns.Package(result, work.File("out"));
        var (exit, output) = KhfxChecker.Check(package.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(result.Records["B3P1"], Has.Count.InRange(600, 1_800), "customers in scope");
            Assert.That(result.Records["B1P3"], Has.Count.GreaterThan(5_000));
            Assert.That(result.Records["B5"], Has.Count.GreaterThan(500));
            Assert.That(result.Records["B1P7"], Has.Count.GreaterThan(20));
            Assert.That(result.Cleansings, Is.Empty);
            Assert.That(result.NonFiLedgerRows, Is.Empty);
        });
    }

    [Test]
    public void MediumDemoBank_Package_PassesKhfxCheck()
    {
        var period = ReportingPeriod.Parse("202610");
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Medium);

        var result = DemoBankRuns.Extract(bank, period);
        var package = DemoBankRuns.Package(result, work.File("out"));
        var (exit, output) = KhfxChecker.Check(package.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(result.RecordCount, Is.GreaterThan(800_000));
        });
    }
}
