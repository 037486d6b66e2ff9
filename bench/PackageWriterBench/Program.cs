using System.Diagnostics;
using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;

// Streams N synthetic loan records (B1P3) through the package writer, never holding them, and prints the
// time and the peak working set: the writer's memory must not depend on N.
var count = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var directory = Path.Combine(Path.GetTempPath(), "riskreport-bench-" + Guid.NewGuid().ToString("N")[..8]);
var stopwatch = Stopwatch.StartNew();
var result = new PackageWriter(new FileSystem()).Write(directory, new MessageHeader("B0001H111000001", new ReportingPeriod(2026, 10), 1),
    part => part.Code == "B1P3" ? new PartContent(part, Loans(part, count), count, count * 12.34m) : new PartContent(part, [], 0, 0m));
stopwatch.Stop();
var size = new FileInfo(result.Path).Length;
Directory.Delete(directory, recursive: true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"records {count,10:N0}  seconds {stopwatch.Elapsed.TotalSeconds,6:F1}  records/s {count / stopwatch.Elapsed.TotalSeconds,10:N0}  peak MiB {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,6:F0}  package MiB {size / 1048576.0,6:F1}"));

static IEnumerable<ReportRecord> Loans(PartDefinition part, long count)
{
    for (long i = 0; i < count; i++)
    {
        var receipt = "JJ" + i.ToString("D12", CultureInfo.InvariantCulture);
        yield return new ReportRecord(part,
        [
            "KH" + (i / 10).ToString("D10", CultureInfo.InvariantCulture), "北京测试有限公司", "B0001B11000000001", "SX0000000001", "HT" + receipt, receipt,
            "20260115", "20280115", "CNY", "20.00", "12.34", "1", "1", "4", "C3011", "0.00", "0", "0.00", string.Empty,
        ]);
    }
}
