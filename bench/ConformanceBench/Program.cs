using System.Diagnostics;
using System.IO.Abstractions;
using System.Text;
using RiskReporting.MessageBuilder.Conformance;

// The conformance gate alone on a built package: wall time, CPU time, bytes allocated (what the GC must collect), and the process's peak memory.
// Usage: ConformanceBench PACKAGE.zip [rounds]
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var package = args[0];
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
var checker = new PackageConformanceChecker(new FileSystem());
var size = new FileInfo(package).Length;
for (var round = 1; round <= rounds; round++)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var problems = checker.Check(package);
    clock.Stop();
    process.Refresh();
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(FormattableString.Invariant(
        $"round {round}: {clock.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, {allocated / 1048576} MiB allocated, {size / 1048576.0 / clock.Elapsed.TotalSeconds:F1} MiB/s of package, {problems.Count} problems, peak working set {process.PeakWorkingSet64 / 1048576} MiB"));
}
