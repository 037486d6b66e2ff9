using System.Diagnostics;
using System.Text;
using RiskReporting.Core.Text;

// Lookups per second of the per-column short-text cache (issue #16), on columns shaped like a bank's: a few codes, currencies,
// dates of the month, a few hundred branch numbers, and thousands of 16-byte identifiers. Prints ns per lookup and MiB allocated.
var lookups = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000_000;
var random = new Random(16);
byte[][][] columns =
[
    [.. Enumerable.Range(0, 12).Select(i => Encoding.UTF8.GetBytes($"{i:D2}"))],
    [.. "CNY USD EUR HKD JPY".Split(' ').Select(Encoding.UTF8.GetBytes)],
    [.. Enumerable.Range(1, 31).Select(d => Encoding.UTF8.GetBytes($"2026-10-{d:D2}"))],
    [.. Enumerable.Range(0, 300).Select(b => Encoding.UTF8.GetBytes($"B{b:D8}"))],
    [.. Enumerable.Range(0, 6_000).Select(c => Encoding.UTF8.GetBytes($"C{c:D15}"))],
];
var rows = 1 << 16;
var picks = columns.Select(c => Enumerable.Range(0, rows).Select(_ => c[random.Next(c.Length)]).ToArray()).ToArray();
for (var round = 0; round < 3; round++)
{
    var caches = columns.Select(_ => new RepeatedTexts()).ToArray();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    var done = 0L;
    var check = 0L;
    while (done < lookups)
    {
        for (var column = 0; column < columns.Length; column++)
        {
            var cache = caches[column];
            var pick = picks[column];
            for (var row = 0; row < rows; row++)
            {
                check += cache.Get(pick[row]).Length;
            }

            done += rows;
        }
    }

    watch.Stop();
    var mib = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
    Console.WriteLine($"round {round + 1}: {done:N0} lookups in {watch.Elapsed.TotalSeconds:F2} s, {watch.Elapsed.TotalNanoseconds / done:F1} ns each, {mib:F1} MiB allocated (check {check})");
}
