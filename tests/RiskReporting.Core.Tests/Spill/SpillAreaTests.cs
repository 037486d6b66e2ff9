using System.IO.Abstractions;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Spill;
using RiskReporting.Testing;

namespace RiskReporting.Core.Tests.Spill;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SpillAreaTests
{
    private static readonly FileSystem Disk = new();

    [Test]
    public void SpillFolderAndRuns_AreTheEngineAccountsAlone()
    {
        using var work = new TemporaryDirectory();
        var folder = work.File("202610/01/spill");
        using var spill = new SpillArea(Disk, folder) { RecordsInMemory = 3 };
        var sorter = ReportRecordFormat.Sorter(ReportParts.B1P3, spill);
        Enumerable.Range(0, 10).Select(Loan).ToList().ForEach(sorter.Add);

        var runs = Directory.GetFiles(folder, "*.run");
        Assert.Multiple(() =>
        {
            Assert.That(runs, Is.Not.Empty);
            Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(File.GetUnixFileMode(work.File("202610")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute), "parents it created too");
            Assert.That(runs.Select(File.GetUnixFileMode).Distinct(), Is.EqualTo(new[] { UnixFileMode.UserRead | UnixFileMode.UserWrite }));
        });
    }

    [Test]
    public void NextStart_RemovesTheSpillOfAProcessKilledOutright_AndKeepsALiveRunsSpill()
    {
        using var work = new TemporaryDirectory();
        var killed = work.File("202609/01/spill");
        Directory.CreateDirectory(killed);
        File.WriteAllText(Path.Combine(killed, SpillArea.OwnerFile), string.Empty);
        File.WriteAllText(Path.Combine(killed, "00001-B1P3.run"), "personal data");
        var preview = work.File("preview-1a2b3c4d");
        Directory.CreateDirectory(preview);
        File.WriteAllText(Path.Combine(preview, SpillArea.OwnerFile), string.Empty);
        Directory.CreateDirectory(work.File("evidence/ab"));
        using var live = new SpillArea(Disk, work.File("202610/01/spill"));

        var removed = SpillArea.RemoveAbandoned(Disk, work.Path);

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(2));
            Assert.That(Directory.Exists(killed), Is.False);
            Assert.That(Directory.Exists(preview), Is.False);
            Assert.That(Directory.Exists(live.Directory), Is.True, "a live run's spill is held and kept");
            Assert.That(Directory.Exists(work.File("evidence/ab")), Is.True, "folders that are not spill are not touched");
        });
    }

    private static ReportRecord Loan(int i) =>
        new(ReportParts.B1P3, ["C1", "甲公司", "B0001B11000000001", "WNRSXYW", "HT1", $"R{i:D4}", "20250101", "20270101", "CNY", "100.00", "1.00", "1", "1", "A", "C3011", "0.00", "0", "0.00", "1"])
        { Source = $"loans.sql receipt_no=R{i:D4}" };
}
