using System.IO.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Store;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Evidence.Tests;

/// <summary>
/// A bank's dispute desk for one test: a real SQLite state store and evidence folder on disk, the shipped
/// working-day calendar, a clock at 2026-11-12 10:00 Shanghai, batch 01 of 202610 stored with three branches
/// (000001 head office, 100001, 100002) and two B3P1 customers, and users of every role.
/// </summary>
public sealed class DisputeDesk : IDisposable
{
    public static readonly ReportingPeriod Period = new(2026, 10);

    private readonly TemporaryDirectory _directory = new();

    private DisputeDesk()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 12, 2, 0, 0, TimeSpan.Zero));
        Store = new SqliteStateStore(_directory.File("state.db"), Clock);
        var fileSystem = new FileSystem();
        var calendar = WorkingDayCalendar.Load(fileSystem, Path.Combine(TestPaths.RepositoryRoot, "rules", "calendar"));
        Service = new DisputeService(Store, Store, new EvidenceStore(fileSystem, _directory.File("evidence")), fileSystem, calendar, Clock, NoticeText.Org, new DisputeOptions());
        Directory.CreateDirectory(Files);
    }

    public FakeTimeProvider Clock { get; }

    public SqliteStateStore Store { get; }

    public DisputeService Service { get; }

    /// <summary>Where the test puts the files users hand in.</summary>
    public string Files => _directory.File("incoming-files");

    public string Outbox => _directory.File("outbox");

    public string EvidenceFolder => _directory.File("evidence");

    public static async Task<DisputeDesk> OpenAsync()
    {
        var desk = new DisputeDesk();
        await desk.Store.MigrateAsync();
        foreach (var (name, role) in new[] { ("zhang.wei", "operator"), ("li.qiang", "operator"), ("wang.fang", "branch:100001"), ("zhao.lei", "branch:100002"), ("sun.li", "auditor"), ("it.ops", "itops") })
        {
            await desk.Store.SaveUserAsync(new UserAccount(name, UserRole.Parse(role), desk.Clock.GetUtcNow()), "admin");
        }

        var run = (await desk.Store.StartRunAsync(Period, "zhang.wei"))!;
        await desk.Store.SaveSnapshotAsync(run.RunId, Snapshot());
        return desk;
    }

    public string Notice() => NoticeText.WriteStandard(Files);

    public async Task<string> ImportAsync() => (await Service.ImportAsync(Notice(), "zhang.wei")).Notice.Name;

    public void Dispose() => _directory.Dispose();

    private static PeriodSnapshot Snapshot()
    {
        var b3p1 = new List<ReportRecord>
        {
            new(ReportParts.B3P1, ["KH0000000001", "北京同创电力集团有限公司", "91630000000079193P", "000007919", "CHN", "110105", "01", "D4411", "", "186441.02", "90000.00", "01", "20251231", "2", "B0001B11000000001"]),
            new(ReportParts.B3P1, ["KH0000000003", "济南鑫源置业股份有限公司", "91150000001346230M", "000134623", "CHN", "370102", "02", "K7010", "", "88438.63", "40000.00", "01", "20251231", "2", "B0001B31000000002"]),
        };
        var managing = new Dictionary<string, string> { ["KH0000000001"] = "100001", ["KH0000000003"] = "100002" };
        var branches = new Dictionary<string, string> { ["B0001H11000000000"] = "000001", ["B0001B11000000001"] = "100001", ["B0001B31000000002"] = "100002" };
        return new PeriodSnapshot(Period, "2026.1-1", ReportRecords.Of(b3p1), [], [],
            new Dictionary<(string, string), decimal>(), new Dictionary<(string, string), decimal>(), managing, branches) { HeadOfficeBranch = "000001" };
    }
}
