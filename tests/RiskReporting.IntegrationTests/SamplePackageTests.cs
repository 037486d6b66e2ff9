using System.IO.Abstractions;
using System.IO.Compression;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Text;
using RiskReporting.Extraction;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests;

/// <summary>
/// The spec's worked example (samples/): the sample bank, extracted through the shipped rules and
/// packaged, must give entries byte-identical to the packages the specification yields.
/// </summary>
public sealed class SamplePackageTests
{
    private static string Samples => Path.Combine(TestPaths.SpecDirectory, "samples");

    private static string Rules => Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction");

    [TestCase("202609")]
    [TestCase("202610")]
    public void SampleBank_PackageEntries_AreByteIdenticalToTheSpecSample(string periodText)
    {
        var period = ReportingPeriod.Parse(periodText);
        using var work = new TemporaryDirectory();
        var package = BuildSamplePackage(period, work.Path);
        var expected = Path.Combine(Samples, $"B0001H111000001_KHFX_{period.DataDateText}_01.zip");

        using var actualZip = ZipFile.OpenRead(package.Path);
        using var expectedZip = ZipFile.OpenRead(expected);
        Assert.That(actualZip.Entries.Select(e => e.FullName), Is.EqualTo(expectedZip.Entries.Select(e => e.FullName)));
        foreach (var entry in expectedZip.Entries)
        {
            var want = Read(entry);
            var got = Read(actualZip.GetEntry(entry.FullName)!);
            Assert.That(got, Is.EqualTo(want), () => FirstDifference(entry.FullName, want, got));
        }
    }

    [Test]
    public void SampleBank_TwoBuilds_GiveTheSameBytes()
    {
        var period = ReportingPeriod.Parse("202610");
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();

        var a = BuildSamplePackage(period, first.Path);
        var b = BuildSamplePackage(period, second.Path);

        Assert.That(a.Sha256, Is.EqualTo(b.Sha256));
    }

    internal static PackageResult BuildSamplePackage(ReportingPeriod period, string work)
    {
        var inbox = Path.Combine(work, "inbox");
        Directory.CreateDirectory(inbox);
        File.Copy(Path.Combine(Samples, $"TYYWTZ_{period}.csv"), Path.Combine(inbox, $"TYYWTZ_{period}.csv"));
        var source = new ConnectionTarget(DatabaseKind.Sqlite, Path.Combine(Samples, "sample-bank.sqlite"));
        var result = new MonthEndExtraction(new FileSystem()).Run(source, Rules, inbox, new ExtractionSettings(period, 5000.00m));
        return new PackageWriter(new FileSystem()).Write(Path.Combine(work, "out"), new MessageHeader("B0001H111000001", period, 1), result.Records);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string FirstDifference(string name, byte[] want, byte[] got)
    {
        var wantLines = Gb18030.Encoding.GetString(want).Split("\r\n");
        var gotLines = Gb18030.Encoding.GetString(got).Split("\r\n");
        for (var i = 0; i < Math.Max(wantLines.Length, gotLines.Length); i++)
        {
            var w = i < wantLines.Length ? wantLines[i] : "(none)";
            var g = i < gotLines.Length ? gotLines[i] : "(none)";
            if (w != g)
            {
                return $"{name} line {i + 1}:\n  expected {w}\n  actual   {g}";
            }
        }

        return name + ": same text, different bytes";
    }
}
