using System.IO.Abstractions;
using System.IO.Compression;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using RiskReporting.Extraction;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests;

/// <summary>
/// A fixed tiny bank (the seeded demo generator) and its package entries committed under tests/golden:
/// any change to generation, extraction or the message format shows here byte for byte. After an
/// intended change, regenerate with RISKREPORT_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenPackageTests
{
    private static string Golden => Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", "tiny-202610");

    [Test]
    public void TinyDemoBank_PackageEntries_EqualTheCommittedGoldenFiles()
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Tiny);
        var package = DemoBankRuns.Package(DemoBankRuns.Extract(bank, ReportingPeriod.Parse("202610")), work.File("out"));

        using var zip = ZipFile.OpenRead(package.Path);
        if (Environment.GetEnvironmentVariable("RISKREPORT_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Golden);
            zip.ExtractToDirectory(Golden, overwriteFiles: true);
        }

        Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(Directory.GetFiles(Golden).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).OrderBy(n => n.EndsWith(".idx", StringComparison.Ordinal))));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.That(bytes.ToArray(), Is.EqualTo(File.ReadAllBytes(Path.Combine(Golden, entry.FullName))), entry.FullName);
        }
    }

    /// <summary>
    /// The whole zip, not only its entries: compression is part of the bytes the regulator receives, and a
    /// change in how the writer feeds Deflate (chunking, flushes, threads) shows here. The SHA-256 is the one
    /// the package had before the writer was pipelined; regenerate as above after an intended change.
    /// </summary>
    [Test]
    public void TinyDemoBank_Package_IsByteForByteThePinnedZip()
    {
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Tiny);
        var package = DemoBankRuns.Package(DemoBankRuns.Extract(bank, ReportingPeriod.Parse("202610")), work.File("out"));
        var pinned = Golden + ".zip.sha256";
        if (Environment.GetEnvironmentVariable("RISKREPORT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(pinned, package.Sha256 + "\n");
        }

        Assert.That(package.Sha256, Is.EqualTo(File.ReadAllText(pinned).Trim()));
    }
}
