using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Runs;

/// <summary>
/// Every failure after a run started is recorded (issue #13): the run ends FAILED with its cause (what failed, the file or table) in run.log,
/// the state store and the outcome the hosts print on stderr, and no package, .tmp or spill folder survives.
/// </summary>
public sealed class RunFailureTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    private const string Stem = "B0001H111000001_KHFX_20261031_01";

    [Test]
    public async Task ADiskFullWhileWritingThePackage_FailsTheRun_NamingThePackage_AndLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem { SpaceLeft = path => path.EndsWith(".zip.tmp", StringComparison.Ordinal) ? 4096 : null };
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), new Dictionary<string, string?> { ["Extraction:RecordsInMemory"] = "100" }, fileSystem);
        var batch = Path.Combine(engine.WorkDirectory, "202610", "01");
        var package = Path.Combine(batch, Stem + ".zip");

        var outcome = await RunAsync(engine);

        AssertFailedCleanly(engine, outcome, batch,
            $"写报文包 (writing the package) {package} 时失败 (failed)：磁盘已满 (no space left on device)：No space left on device : '{package}.tmp' " +
            "请释放该磁盘的空间（运行目录约需上一个报文包加上溢出文件的大小），然后重新运行该报送期。");
    }

    [Test]
    public async Task ADiskFullWhileSpilling_FailsTheRun_NamingTheSpillFile_AndLeavesNoSpill()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem { SpaceLeft = path => path.Contains($"{Path.DirectorySeparatorChar}spill{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? 1000 : null };
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        await using var engine = await BankHost.StartAsync(bank, new Dictionary<string, string?> { ["Extraction:RecordsInMemory"] = "100" }, fileSystem);
        var batch = Path.Combine(engine.WorkDirectory, "202610", "01");

        var outcome = await RunAsync(engine);

        Assert.That(outcome.Message, Does.StartWith($"从 sqlite:{bank.SourceDatabase} 抽取 (extracting)失败 (failed)：磁盘已满 (no space left on device)：No space left on device : '{Path.Combine(batch, "spill")}"));
        AssertFailedCleanly(engine, outcome, batch, outcome.Message!);
    }

    [Test]
    public async Task APackageThatCannotBeWritten_FailsTheRun_NamingThePackage_AndLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var batch = Path.Combine(engine.WorkDirectory, "202610", "01");
        var package = Path.Combine(batch, Stem + ".zip");

        // A folder where the package should go: the rename of the finished .tmp fails, as a write into a read-only or vanished folder would.
        Directory.CreateDirectory(package);
        var outcome = await RunAsync(engine);

        Assert.That(outcome.Message, Does.StartWith($"写报文包 (writing the package) {package} 时失败 (failed)：IOException："));
        AssertFailedCleanly(engine, outcome, batch, outcome.Message!);
    }

    [Test]
    public async Task AStateStoreLockedByAnotherProcess_FailsTheRun_NamingTheStoreAndHowLongItWaited()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), new Dictionary<string, string?> { ["Engine:StateStoreBusySeconds"] = "1" });
        var database = Path.Combine(engine.WorkDirectory, "state.db");
        var batch = Path.Combine(engine.WorkDirectory, "202610", "01");
        SqliteConnection? holder = null;
        Task? release = null;
        var progress = new SynchronousProgress<RunProgress>(p =>
        {
            if (p.Step == RunProgress.Store && holder is null)
            {
                // Another process takes the write lock just before the snapshot is stored, and lets go once the run has logged its failure.
                holder = new SqliteConnection($"Data Source={database};Pooling=false");
                holder.Open();
                using (var begin = holder.CreateCommand())
                {
                    begin.CommandText = "BEGIN EXCLUSIVE";
                    begin.ExecuteNonQuery();
                }

                release = Task.Run(async () =>
                {
                    var log = Path.Combine(batch, "run.log");
                    while (!File.Exists(log) || !File.ReadAllText(log).Contains("失败 (FAILED)：", StringComparison.Ordinal))
                    {
                        await Task.Delay(50);
                    }

                    holder.Close();
                });
            }
        });

        var outcome = await RunAsync(engine, progress);
        await release!;
        holder!.Dispose();

        AssertFailedCleanly(engine, outcome, batch,
            $"将快照存入状态库 (storing the snapshot)失败 (failed)：状态库 sqlite:{database} 被另一个进程锁定 (locked)；等待 1 秒后放弃 (Engine:StateStoreBusySeconds)：SQLite Error 5: 'database is locked'.");
    }

    private static async Task<RunOutcome> RunAsync(BankHost engine, IProgress<RunProgress>? progress = null)
    {
        var actor = await engine.LogInAsync("ops1", "operator");
        return await engine.Get<RunService>().RunAsync(October, actor, progress);
    }

    private static void AssertFailedCleanly(BankHost engine, RunOutcome outcome, string batch, string cause)
    {
        var stored = engine.Get<IStateStore>().ListRunsAsync(October).GetAwaiter().GetResult().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Run.State, Is.EqualTo(RunState.Failed));
            Assert.That(outcome.Message, Is.EqualTo(cause));
            Assert.That((stored.State, stored.Failure), Is.EqualTo((RunState.Failed, cause)));
            Assert.That(File.ReadAllText(Path.Combine(batch, "run.log")), Does.Contain("失败 (FAILED)：" + cause));
            Assert.That(Directory.GetFiles(batch, "*.tmp", SearchOption.AllDirectories), Is.Empty, "no temporary file left");
            Assert.That(Directory.GetFiles(batch, "*.zip*"), Is.Empty, "no package left");
            Assert.That(Directory.Exists(Path.Combine(batch, "spill")), Is.False, "no spill left");
        });
    }
}
