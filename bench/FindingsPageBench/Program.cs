using System.Diagnostics;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Store;

// Stores N findings of one run (default 100,000) in a new store and prints how long the portal's reads take:
// a page (first, middle, last), filtered pages, and the counts. Median of 15 reads after one warm-up.
// With --http, then the findings pages of the portal over HTTP on the same store (HttpPages).
// Usage: FindingsPageBench [N] [postgres:CONNECTION-STRING] [--http]   (default: a SQLite file in a temporary folder)
var http = args.Contains("--http");
args = [.. args.Where(a => a != "--http")];
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var target = args.Length > 1 ? args[1] : null;
var folder = Path.Combine(Path.GetTempPath(), "riskreport-findings-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
try
{
    StateStore store = target is { } postgres && postgres.StartsWith("postgres:", StringComparison.Ordinal)
        ? new PostgresStateStore(postgres["postgres:".Length..], TimeProvider.System)
        : new SqliteStateStore(Path.Combine(folder, "state.db"), TimeProvider.System);
    await store.MigrateAsync();
    var run = await store.StartRunAsync(new ReportingPeriod(2026, 10), "bench") ?? throw new InvalidOperationException("The bench period is already published in this store.");
    var save = Stopwatch.StartNew();
    await store.SaveFindingsAsync(run.RunId, Findings(count));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(target is null ? "sqlite" : "postgres")}: {count:N0} findings of one run saved in {save.Elapsed.TotalSeconds:F1} s"));

    var lastPage = (count + 99) / 100;
    await Time("page 1 of 50, no filter", () => store.FindFindingsAsync(new FindingQuery(run.RunId)));
    await Time($"page {lastPage / 2} of 100 (middle), no filter", () => store.FindFindingsAsync(new FindingQuery(run.RunId, Page: lastPage / 2, PageSize: 100)));
    await Time($"page {lastPage} of 100 (last), no filter", () => store.FindFindingsAsync(new FindingQuery(run.RunId, Page: lastPage, PageSize: 100)));
    await Time("page 1 of 50, branch", () => store.FindFindingsAsync(new FindingQuery(run.RunId, Branch: "100017")));
    await Time("page 1 of 50, rule + severity", () => store.FindFindingsAsync(new FindingQuery(run.RunId, Rule: "WYX-007", Severity: "WARNING")));
    await Time("page 1 of 50, part + key prefix", () => store.FindFindingsAsync(new FindingQuery(run.RunId, Part: "B1P3", KeyPrefix: "KH00000040")));
    await Time("counts, no filter", () => store.CountFindingsAsync(new FindingQuery(run.RunId)));
    await Time("counts, branch", () => store.CountFindingsAsync(new FindingQuery(run.RunId, Branch: "100017")));
    await Time("whole run (LoadFindingsAsync)", () => store.LoadFindingsAsync(run.RunId), repeats: 3);
    if (http)
    {
        await RiskReporting.Bench.HttpPages.RunAsync(store, run.Period.ToString(), count, Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../..")), Path.Combine(folder, "work"));
    }

    await store.DeleteRunAsync(run.RunId);
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static async Task Time<T>(string what, Func<Task<T>> read, int repeats = 15)
{
    await read();
    var times = new List<double>();
    for (var i = 0; i < repeats; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await read();
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-40} median {times[times.Count / 2],8:F1} ms   max {times[^1],8:F1} ms"));
}

// In the order a run finds them, like a large bank's run: part by part, records in key order, each record's
// findings by rule (20 rules, 8 parts, 40 branches, about a third WARNING).
static IEnumerable<StoredFinding> Findings(int count)
{
    string[] parts = ["A1P1", "A1P2", "B1P1", "B1P2", "B1P3", "C1P1", "C1P2", "D1P1"];
    var perPart = (count + parts.Length - 1) / parts.Length;
    for (var i = 0; i < count; i++)
    {
        var record = i % perPart / 2;
        var rule = "WYX-" + ((record * 7 + i % 2) % 20 + 1).ToString("D3", CultureInfo.InvariantCulture);
        var key = "KH" + record.ToString("D10", CultureInfo.InvariantCulture);
        var branch = (100001 + record % 40).ToString(CultureInfo.InvariantCulture);
        yield return new StoredFinding(rule, i % 3 == 0 ? "WARNING" : "ERROR", parts[i / perPart], key, "LOAN_BAL", "12.34", branch, $"{rule}: value out of range at {key}");
    }
}
