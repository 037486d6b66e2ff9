using System.IO.Abstractions;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Spill;
using RiskReporting.Testing;

namespace RiskReporting.Core.Tests.Spill;

public sealed class ExternalSorterTests
{
    private static readonly FileSystem Disk = new();

    /// <summary>Loans with receipt numbers in a scrambled order, some repeated (each repeat told apart by its balance).</summary>
    private static List<ReportRecord> Loans(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Loan($"R{i * 7919 % 1000:D4}", $"{i}.00"))];

    private static ReportRecord Loan(string receipt, string balance) =>
        new(ReportParts.B1P3, ["C1", "甲公司", "B0001B11000000001", "WNRSXYW", "HT1", receipt, "20250101", "20270101", "CNY", "100.00", balance, "1", "1", "A", "C3011", "0.00", "0", "0.00", "1"])
        { Source = $"loans.sql receipt_no={receipt}" };

    [Test]
    public void RecordsSpilledInManyRuns_ReadBackInTheOrderOfAnInMemoryStableSort_TwiceOver()
    {
        using var work = new TemporaryDirectory();
        var loans = Loans(2_500);
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 97 };
        var sorter = ReportRecordFormat.Sorter(ReportParts.B1P3, spill);
        loans.ForEach(sorter.Add);

        var sorted = sorter.Complete();

        var expected = loans.Order(RecordKey.Comparer).Select(r => string.Join('|', [.. r.Values, r.Source])).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sorted.SpilledRuns, Is.EqualTo(26), "2,500 records at 97 in memory");
            Assert.That(sorted.Count, Is.EqualTo(2_500));
            Assert.That(sorted.Select(r => string.Join('|', [.. r.Values, r.Source])), Is.EqualTo(expected), "repeated receipts keep the order they were added in");
            Assert.That(sorted.Select(r => r.Key), Is.EqualTo(expected.Select(e => e.Split('|')[5])), "a second read gives the same records");
        });
    }

    [Test]
    public void AFieldsSumOverSpilledRuns_IsTheSumOverTheRecords_EmptyValuesCountingZero()
    {
        using var work = new TemporaryDirectory();
        var loans = Loans(2_500).Select((r, i) => i % 11 == 0 ? new ReportRecord(r.Part, [.. r.Values.Select((v, f) => f == 10 ? string.Empty : v)]) { Source = r.Source } : r).ToList();
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 97 };
        var sorter = ReportRecordFormat.Sorter(ReportParts.B1P3, spill);
        loans.ForEach(sorter.Add);

        var sorted = sorter.Complete();

        var expected = loans.Sum(r => r.Values[10].Length == 0 ? 0m : decimal.Parse(r.Values[10], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(sorted.SpilledRuns, Is.GreaterThan(1));
            Assert.That(ReportRecordFormat.Sum(sorted, ReportParts.B1P3, 10), Is.EqualTo(expected), "from the spilled runs");
            Assert.That(ReportRecordFormat.Sum(loans, ReportParts.B1P3, 10), Is.EqualTo(expected), "from records in memory");
            Assert.That(ReportRecordFormat.Sum(sorted, ReportParts.B1P3, 9), Is.EqualTo(250_000m), "another field of the same runs");
        });
    }

    [Test]
    public void APartOfMoreRunsThanOneMergeReads_IsMergedDownInPasses_KeepingTheOrderOfAStableSort()
    {
        using var work = new TemporaryDirectory();
        var loans = Loans(1_000);
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 37, MaxRunsPerMerge = 4 };
        var sorter = ReportRecordFormat.Sorter(ReportParts.B1P3, spill);
        loans.ForEach(sorter.Add);

        var sorted = sorter.Complete();

        Assert.Multiple(() =>
        {
            Assert.That(sorted.SpilledRuns, Is.LessThanOrEqualTo(4));
            Assert.That(Directory.GetFiles(spill.Directory, "*.run"), Has.Length.EqualTo(sorted.SpilledRuns), "merged runs are deleted");
            Assert.That(sorted.Select(r => string.Join('|', [.. r.Values, r.Source])), Is.EqualTo(loans.Order(RecordKey.Comparer).Select(r => string.Join('|', [.. r.Values, r.Source]))));
        });
    }

    [Test]
    public void APartSmallerThanOneRun_NeverTouchesTheDisk()
    {
        using var work = new TemporaryDirectory();
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 100 };
        var sorter = ReportRecordFormat.Sorter(ReportParts.B1P3, spill);
        Loans(99).ForEach(sorter.Add);

        var sorted = sorter.Complete();

        Assert.Multiple(() =>
        {
            Assert.That(sorted.SpilledRuns, Is.Zero);
            Assert.That(sorted, Has.Count.EqualTo(99));
            Assert.That(Directory.GetFiles(spill.Directory, "*.run"), Is.Empty);
        });
    }

    [Test]
    public void DisposingTheSpillArea_RemovesItsRuns_AndANewAreaClearsWhatAKilledRunLeft()
    {
        using var work = new TemporaryDirectory();
        var folder = work.File("spill");
        var killed = new SpillArea(Disk, folder) { RecordsInMemory = 10 };
        var sorter = ReportRecordFormat.Sorter(ReportParts.B1P3, killed);
        Loans(100).ForEach(sorter.Add);
        Assert.That(Directory.GetFiles(folder, "*.run"), Has.Length.EqualTo(10), "runs written while the records arrive");

        using (new SpillArea(Disk, folder))
        {
            Assert.That(Directory.GetFiles(folder, "*.run"), Is.Empty, "a new area starts empty");
        }

        Assert.That(Directory.Exists(folder), Is.False, "a finished area leaves nothing");
    }

    [Test]
    public void SortersSharingAnArea_HoldNoMoreThanItsBudgetTogether_TheOneHoldingMostSpills()
    {
        using var work = new TemporaryDirectory();
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 100 };
        var loans = ReportRecordFormat.Sorter(ReportParts.B1P3, spill);
        var rows = new ExternalSorter<string?[]>("rows", TextRowFormat.ByLeading(1), TextRowFormat.Instance, spill);
        Loans(80).ForEach(loans.Add);
        Enumerable.Range(0, 19).ToList().ForEach(i => rows.Add([$"{i:D3}"]));
        Assert.That(Directory.GetFiles(spill.Directory, "*.run"), Is.Empty, "99 held: within the budget");

        rows.Add(["999"]);

        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(spill.Directory, "*.run").Select(Path.GetFileName), Is.EqualTo(new[] { "00001-B1P3.run" }), "the 100th item spills the loans, not the rows");
            Assert.That(loans.Complete().Select(r => r.Key), Is.EqualTo(Loans(80).Order(RecordKey.Comparer).Select(r => r.Key)));
            Assert.That(rows.Complete(), Has.Count.EqualTo(20));
        });
    }

    [Test]
    public void TextRows_WithNullValues_SurviveASpill_SortedByTheirLeadingColumnsOrdinally()
    {
        using var work = new TemporaryDirectory();
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 2 };
        var sorter = new ExternalSorter<string?[]>("rows", TextRowFormat.ByLeading(2), TextRowFormat.Instance, spill);
        foreach (var row in new string?[][] { ["b", "2", null], ["a", "Z", "x"], ["b", "1", "y"], ["a", "a", null], ["B", "9", "z"] })
        {
            sorter.Add(row);
        }

        var sorted = sorter.Complete().Select(r => string.Join(',', r.Select(v => v ?? "∅"))).ToList();

        Assert.That(sorted, Is.EqualTo(new[] { "B,9,z", "a,Z,x", "a,a,∅", "b,1,y", "b,2,∅" }), "upper case before lower case: ordinal, not culture");
    }

    [Test]
    public void ItemsThatTie_KeepTheOrderTheyWereAddedIn_InMemoryAndOnDisk_AsLinqsStableOrderKeepsThem()
    {
        using var work = new TemporaryDirectory();
        var random = new Random(16);
        var rows = Enumerable.Range(0, 5_000).Select(i => new string?[] { $"{random.Next(40):D2}", i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        var expected = rows.Order(TextRowFormat.ByLeading(1)).Select(r => r[1]).ToList();
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 333 };
        var onDisk = new ExternalSorter<string?[]>("rows", TextRowFormat.ByLeading(1), TextRowFormat.Instance, spill);
        var inMemory = new ExternalSorter<string?[]>("rows", TextRowFormat.ByLeading(1), TextRowFormat.Instance, spill: null);
        rows.ForEach(onDisk.Add);
        rows.ForEach(inMemory.Add);

        var (disk, memory) = (onDisk.Complete(), inMemory.Complete());

        Assert.Multiple(() =>
        {
            Assert.That(disk.SpilledRuns, Is.EqualTo(16), "5,000 rows at 333 in memory, each run written on the area's writer thread");
            Assert.That(memory.SpilledRuns, Is.Zero);
            Assert.That(disk.Select(r => r[1]), Is.EqualTo(expected), "40 keys, 125 rows each: every tie in the order added");
            Assert.That(memory.Select(r => r[1]), Is.EqualTo(expected));
        });
    }

    [Test]
    public void ARunThatFailsToBeWritten_OnTheWriterThread_FailsTheSorterOnTheCallersThread_AndTheAreaStillCleansUp()
    {
        using var work = new TemporaryDirectory();
        var folder = work.File("spill");
        var spill = new SpillArea(Disk, folder) { RecordsInMemory = 10 };
        var sorter = new ExternalSorter<string?[]>("rows", TextRowFormat.ByLeading(1), new FailingFormat(failAt: 15), spill);

        var failure = Assert.Catch<IOException>(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                sorter.Add([$"{i:D3}"]);
            }

            sorter.Complete();
        });
        spill.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.Contain("No space left on device"), "the writer's own failure, not a wrapper");
            Assert.That(Directory.Exists(folder), Is.False, "the failed run's file goes with the area");
        });
    }

    [Test]
    public void CompleteReturns_OnlyOnceTheLastRunIsWrittenWhole_HoweverSlowlyTheWriterThreadWritesIt()
    {
        using var work = new TemporaryDirectory();
        using var spill = new SpillArea(Disk, work.File("spill")) { RecordsInMemory = 10 };
        var sorter = new ExternalSorter<string?[]>("rows", TextRowFormat.ByLeading(1), new SlowFormat(slowFrom: 21), spill);
        for (var i = 24; i >= 0; i--)
        {
            sorter.Add([$"{i:D3}"]);
        }

        var sorted = sorter.Complete();

        Assert.Multiple(() =>
        {
            Assert.That(sorted.SpilledRuns, Is.EqualTo(3), "two full runs and the last five rows");
            Assert.That(sorted.Select(r => r[0]), Is.EqualTo(Enumerable.Range(0, 25).Select(i => $"{i:D3}")));
        });
    }

    /// <summary>Writes rows as <see cref="TextRowFormat"/> does, taking 20 ms over each from the <c>slowFrom</c>-th on.</summary>
    private sealed class SlowFormat(int slowFrom) : ISpillFormat<string?[]>
    {
        private int _written;

        public void Write(BinaryWriter writer, string?[] item)
        {
            if (Interlocked.Increment(ref _written) >= slowFrom)
            {
                Thread.Sleep(20);
            }

            TextRowFormat.Instance.Write(writer, item);
        }

        public string?[] Read(SpillReader reader) => TextRowFormat.Instance.Read(reader);
    }

    /// <summary>Writes rows as <see cref="TextRowFormat"/> does until the <c>failAt</c>-th, then fails as a full disk does.</summary>
    private sealed class FailingFormat(int failAt) : ISpillFormat<string?[]>
    {
        private int _written;

        public void Write(BinaryWriter writer, string?[] item)
        {
            if (Interlocked.Increment(ref _written) == failAt)
            {
                throw new IOException("No space left on device : spill");
            }

            TextRowFormat.Instance.Write(writer, item);
        }

        public string?[] Read(SpillReader reader) => TextRowFormat.Instance.Read(reader);
    }
}
