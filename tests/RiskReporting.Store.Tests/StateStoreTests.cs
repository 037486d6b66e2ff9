using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Runs;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Store.Tests;

/// <summary>The same behaviour on both providers: a real SQLite file, and the PostgreSQL server .ci/run starts.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class StateStoreTests(string provider)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.FromHours(8)));
    private TemporaryDirectory? _directory;
    private StateStore _store = null!;

    [SetUp]
    public async Task OpenEmptyStore()
    {
        if (provider == "sqlite")
        {
            _directory = new TemporaryDirectory();
            _store = new SqliteStateStore(_directory.File("state.db"), _clock);
            return;
        }

        var server = PostgresTestServer.RequireConnectionString();
        var database = "rr_state_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        _store = new PostgresStateStore(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, _clock);
    }

    [TearDown]
    public void RemoveStore() => _directory?.Dispose();

    [Test]
    public async Task Migrate_TwiceOnAnEmptyStore_AppliesEveryScriptOnce()
    {
        var first = await _store.MigrateAsync();
        var second = await _store.MigrateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.GreaterThanOrEqualTo(1));
            Assert.That(second, Is.Zero);
            Assert.That(first, Is.EqualTo(ScriptCount()));
            Assert.That(await _store.SchemaVersionAsync(), Is.EqualTo(HighestScript()));
        });
    }

    [Test]
    public async Task Migrate_RecordsEachScriptUnderTheNameEarlierEnginesRecorded()
    {
        await _store.MigrateAsync();

        await using var connection = _store.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT script FROM schema_version WHERE version IN (1, 5) ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        Assert.That(names, Is.EqualTo(new[] { "0001_initial.sql", "0005_snapshot_facts.sql" }));
    }

    [Test]
    public async Task Migrate_TwoProcessesStartingTogether_BothSucceed()
    {
        var results = await Task.WhenAll(Task.Run(() => _store.MigrateAsync()), Task.Run(() => _store.MigrateAsync()));

        Assert.That(results.Sum(), Is.EqualTo(ScriptCount()));
        Assert.That(await _store.SchemaVersionAsync(), Is.EqualTo(HighestScript()));
    }

    [Test]
    public async Task Migrate_AStoreAlreadyPast0010_Applies0006BatchParameters_AndKeepsItsRuns()
    {
        await _store.MigrateAsync();
        var run = (await _store.StartRunAsync(new ReportingPeriod(2026, 10), "ops1"))!;
        await ExecuteAsync("DROP TABLE batch_parameters");
        await ExecuteAsync("DELETE FROM schema_version WHERE version = 6");

        var applied = await _store.MigrateAsync();
        await _store.SaveBatchParametersAsync(run.RunId, new BatchParameters("B0001H111000001", 5000.00m));

        Assert.Multiple(async () =>
        {
            Assert.That(applied, Is.EqualTo(1));
            Assert.That((await _store.ListRunsAsync(null)).Select(r => r.RunId), Is.EqualTo(new[] { run.RunId }));
            Assert.That(await _store.BatchParametersAsync(run.RunId), Is.EqualTo(new BatchParameters("B0001H111000001", 5000.00m)));
            Assert.That(await _store.SchemaVersionAsync(), Is.EqualTo(HighestScript()));
        });
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = _store.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // Migration numbers are reserved per branch (board), so the scripts present need not be contiguous.
    private IEnumerable<string> Scripts() =>
        typeof(StateStore).Assembly.GetManifestResourceNames().Where(n => n.StartsWith($"State/{provider}/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal));

    private int ScriptCount() => Scripts().Count();

    private int HighestScript() => Scripts().Max(n => int.Parse(n.AsSpan($"State/{provider}/".Length, 4), System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public async Task SaveUser_ThenChangeRole_IsFoundWithTheNewRoleAndBothChangesAreAudited()
    {
        await _store.MigrateAsync();
        await _store.SaveUserAsync(new UserAccount("li.na", UserRole.Branch("100001"), _clock.GetUtcNow()), "admin");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _store.SaveUserAsync(new UserAccount("li.na", UserRole.Operator, _clock.GetUtcNow()), "admin");

        var user = await _store.FindUserAsync("li.na");
        var audit = await _store.ListAuditAsync("user:li.na");

        Assert.Multiple(() =>
        {
            Assert.That(user!.Role, Is.EqualTo(UserRole.Operator));
            Assert.That(audit.Select(a => a.Detail), Is.EqualTo(new[] { "role=branch:100001", "role=operator" }));
            Assert.That(audit.Select(a => a.Actor), Is.All.EqualTo("admin"));
            Assert.That(audit[1].At - audit[0].At, Is.EqualTo(TimeSpan.FromMinutes(5)));
        });
    }

    [Test]
    public async Task ListAudit_ByPrefix_TakesUnderscoreAndPercentLiterally()
    {
        await _store.MigrateAsync();
        await _store.SaveUserAsync(new UserAccount("zhang_wei", UserRole.Operator, _clock.GetUtcNow()), "admin");
        await _store.SaveUserAsync(new UserAccount("zhangXwei", UserRole.Operator, _clock.GetUtcNow()), "admin");
        await _store.SaveUserAsync(new UserAccount("li%na", UserRole.Auditor, _clock.GetUtcNow()), "admin");

        Assert.Multiple(async () =>
        {
            Assert.That((await _store.ListAuditAsync("user:zhang_wei")).Select(a => a.Subject), Is.EqualTo(new[] { "user:zhang_wei" }));
            Assert.That((await _store.ListAuditAsync("user:li%")).Select(a => a.Subject), Is.EqualTo(new[] { "user:li%na" }));
        });
    }

    [Test]
    public async Task ListUsers_IsOrderedByName()
    {
        await _store.MigrateAsync();
        foreach (var name in new[] { "wang.fang", "chen.jie", "zhao.lei" })
        {
            await _store.SaveUserAsync(new UserAccount(name, UserRole.Auditor, _clock.GetUtcNow()), "admin");
        }

        var users = await _store.ListUsersAsync();

        Assert.That(users.Select(u => u.Name), Is.EqualTo(new[] { "chen.jie", "wang.fang", "zhao.lei" }));
    }

    [Test]
    public async Task Run_RerunOfAnUnpublishedPeriod_ReplacesItsBatch()
    {
        await _store.MigrateAsync();
        var period = ReportingPeriod.Parse("202610");
        var first = await _store.StartRunAsync(period, "ops1");
        var second = await _store.StartRunAsync(period, "ops2");
        var runs = await _store.ListRunsAsync(period);

        Assert.Multiple(() =>
        {
            Assert.That(first!.Batch, Is.EqualTo(1));
            Assert.That(second!.Batch, Is.EqualTo(1));
            Assert.That(runs.Select(r => r.RunId), Is.EqualTo(new[] { second.RunId }));
        });
    }

    [Test]
    public async Task Run_OfAPublishedPeriod_IsRefused()
    {
        await _store.MigrateAsync();
        var period = ReportingPeriod.Parse("202610");
        var run = await _store.StartRunAsync(period, "ops1");
        await _store.UpdateRunAsync(run! with { State = RunState.Published });

        Assert.That(await _store.StartRunAsync(period, "ops1"), Is.Null);
    }

    [Test]
    public async Task Snapshot_SavedThenLookedUp_GivesTheRecordAndItsLineage()
    {
        await _store.MigrateAsync();
        var run = await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1");
        var part = ReportParts.B3P2;
        var record = new ReportRecord(part, ["KH1", "1", "张|三", "2", "110101196802158358", "20250101"]) { Source = "persons.sql cust_code=KH1" };
        var snapshot = new PeriodSnapshot(ReportingPeriod.Parse("202610"), "r1",
            ReportRecords.Of([record]), [], [],
            new Dictionary<(string, string), decimal>(), new Dictionary<(string, string), decimal>(), new Dictionary<string, string>(), new Dictionary<string, string>())
        {
            SourceFingerprints = new Dictionary<string, SourceFingerprint> { ["persons"] = new(1, "ab") },
        };

        await _store.SaveSnapshotAsync(run!.RunId, snapshot);
        await _store.SaveSnapshotAsync(run.RunId, snapshot);
        var found = await _store.FindRecordAsync(run.RunId, "B3P2", "KH1|1|张%7C三");

        Assert.Multiple(async () =>
        {
            Assert.That(found!.Values, Is.EqualTo(record.Values));
            Assert.That(found.Sources, Is.EqualTo("persons.sql cust_code=KH1"));
            Assert.That((await _store.SourceFingerprintsAsync(run.RunId))["persons"].Rows, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Snapshot_SavedThenLoaded_ReadsEachPartInReportOrder_AsOftenAsAsked()
    {
        await _store.MigrateAsync();
        var run = await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1");
        var persons = Enumerable.Range(0, 300).Select(i => new ReportRecord(ReportParts.B3P2, [$"KH{i * 7 % 300:D3}", "1", $"人{i}", "2", "110101196802158358", "20250101"]) { Source = $"persons.sql #{i}" }).ToList();
        var snapshot = new PeriodSnapshot(ReportingPeriod.Parse("202610"), "r1", ReportRecords.Of(persons), [], [],
            new Dictionary<(string, string), decimal>(), new Dictionary<(string, string), decimal>(), new Dictionary<string, string>(), new Dictionary<string, string>());
        await _store.SaveSnapshotAsync(run!.RunId, snapshot);

        var loaded = await _store.LoadRecordsAsync(run.RunId, ["B3P2", "B1P3"]);

        Assert.Multiple(() =>
        {
            Assert.That(loaded["B3P2"], Has.Count.EqualTo(300));
            Assert.That(loaded["B3P2"].Select(r => r.Key + " " + r.Source), Is.EqualTo(snapshot["B3P2"].Select(r => r.Key + " " + r.Source)));
            Assert.That(loaded["B3P2"].Select(r => r.Key), Is.EqualTo(snapshot["B3P2"].Select(r => r.Key)), "read a second time");
            Assert.That(loaded["B1P3"], Is.Empty);
        });
    }

    [Test]
    public async Task Snapshot_OfManyChunks_FindsEveryRecordByKey_RanksComparedAsNumbers_AndNothingForAKeyNotStored()
    {
        await _store.MigrateAsync();
        var run = await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1");
        // B3P3's key is (CUST_CODE, REL_KIND, RANK) with RANK a whole number: rank 10 comes after rank 9, and '%' and '|' are escaped in keys.
        var shareholders = Enumerable.Range(0, 900).Select(i => new ReportRecord(ReportParts.B3P3,
            [$"KH{i / 12:D3}{(i % 50 == 13 ? "%|" : string.Empty)}", "1", (i % 12 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"股东{i}", "2", "110101196802158358", "10.00", "20250101", "01"])
            { Source = $"shareholders.sql #{i}" }).ToList();
        var snapshot = Snapshot(shareholders);
        await _store.SaveSnapshotAsync(run!.RunId, snapshot);

        var stored = snapshot["B3P3"].ToList();
        var found = new List<StoredRecord?>();
        foreach (var record in stored)
        {
            found.Add(await _store.FindRecordAsync(run.RunId, "B3P3", record.Key));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(stored.Select(r => r["RANK"]).Take(12), Is.EqualTo(new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12" }), "report order, ranks as numbers");
            Assert.That(found.Select(f => f?.Sources), Is.EqualTo(stored.Select(r => r.Source)), "every record found by its key, across 4 chunks");
            Assert.That(await _store.FindRecordAsync(run.RunId, "B3P3", "KH001|1|13"), Is.Null, "a rank after the last of its customer");
            Assert.That(await _store.FindRecordAsync(run.RunId, "B3P3", "KH000|1|0"), Is.Null, "a key before the first");
            Assert.That(await _store.FindRecordAsync(run.RunId, "B3P3", "KZ|1|1"), Is.Null, "a key after the last");
            Assert.That(await _store.FindRecordAsync(run.RunId, "B3P3", "KH001|1"), Is.Null, "a key with too few fields");
            Assert.That(await _store.FindRecordAsync(run.RunId, "B1P3", "JJ1"), Is.Null, "a part with no records");
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM snapshot_chunks WHERE run_id = '{run.RunId}' AND part = 'B3P3'"), Is.EqualTo(4));
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM snapshot_records WHERE run_id = '{run.RunId}'"), Is.Zero, "no row per record");
        });
    }

    [Test]
    public async Task Snapshot_AKeyRepeatedAcrossAChunkEdge_IsFoundAsItsFirstRecordInReportOrder()
    {
        await _store.MigrateAsync();
        var run = await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1");
        var loans = Enumerable.Range(0, 600).Select(i =>
        {
            var values = Enumerable.Repeat(string.Empty, ReportParts.B1P3.Fields.Count).ToArray();
            values[ReportParts.B1P3.IndexOf("RECEIPT_NO")] = i is >= 250 and < 270 ? "JJ0250" : $"JJ{i:D4}";
            return new ReportRecord(ReportParts.B1P3, values) { Source = $"loans.sql #{i:D3}" };
        }).ToList();
        var snapshot = Snapshot(loans);
        await _store.SaveSnapshotAsync(run!.RunId, snapshot);

        var found = await _store.FindRecordAsync(run.RunId, "B1P3", "JJ0250");

        Assert.That(found!.Sources, Is.EqualTo(snapshot["B1P3"].First(r => r.Key == "JJ0250").Source));
    }

    [Test]
    public async Task Snapshot_StoredBeforeChunks_OneRowPerRecord_IsStillLoadedAndFound()
    {
        await _store.MigrateAsync();
        var run = await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1");
        await using (var connection = _store.CreateConnection())
        {
            await connection.OpenAsync();
            foreach (var (seq, code) in new[] { (0, "KH1"), (1, "KH2") })
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO snapshot_records (run_id, part, record_key, seq, fields, sources) VALUES (@id, 'B3P2', @key, @seq, @fields, 'persons.sql')";
                foreach (var (name, value) in new (string, object)[] { ("id", run!.RunId), ("key", code + "|1|张三"), ("seq", seq), ("fields", $"[\"{code}\",\"1\",\"张三\",\"2\",\"110101196802158358\",\"20250101\"]") })
                {
                    var parameter = insert.CreateParameter();
                    (parameter.ParameterName, parameter.Value) = (name, value);
                    insert.Parameters.Add(parameter);
                }

                await insert.ExecuteNonQueryAsync();
            }
        }

        var loaded = await _store.LoadRecordsAsync(run!.RunId, ["B3P2"]);
        var found = await _store.FindRecordAsync(run.RunId, "B3P2", "KH2|1|张三");

        Assert.Multiple(() =>
        {
            Assert.That(loaded["B3P2"].Select(r => r.Key), Is.EqualTo(new[] { "KH1|1|张三", "KH2|1|张三" }));
            Assert.That(found!.Values[0], Is.EqualTo("KH2"));
        });
    }

    private static PeriodSnapshot Snapshot(IEnumerable<ReportRecord> records) =>
        new(ReportingPeriod.Parse("202610"), "r1", ReportRecords.Of(records), [], [],
            new Dictionary<(string, string), decimal>(), new Dictionary<(string, string), decimal>(), new Dictionary<string, string>(), new Dictionary<string, string>());

    [Test]
    public async Task Snapshot_LoadedWhole_GivesBackWhatValidationReads_FactsBranchesAndRecords()
    {
        await _store.MigrateAsync();
        var period = ReportingPeriod.Parse("202610");
        var run = await _store.StartRunAsync(period, "ops1");
        var person = new ReportRecord(ReportParts.B3P2, ["KH1", "1", "张三", "2", "110101196802158358", "20250101"]) { Source = "persons.sql cust_code=KH1" };
        var snapshot = new PeriodSnapshot(period, "2026.1-1", ReportRecords.Of([person]),
            [new CleansingNote("B3P2", person.Key, "PERSON_NAME", "张三")],
            [new LedgerRow(7, "TY-01", "KH9", "某公司", "01", "USD", 1234567.89m, new DateOnly(2026, 10, 8), null, "100001")],
            new Dictionary<(string, string), decimal> { [("100001", "1301")] = 10.01m },
            new Dictionary<(string, string), decimal> { [("100001", "1301")] = 10.00m, [("000001", "1303")] = 0.10m },
            new Dictionary<string, string> { ["KH1"] = "100001" },
            new Dictionary<string, string> { ["B0001B11000000001"] = "100001", ["B0001H11000000000"] = "000001" })
        {
            CustomerFacts = new Dictionary<string, CustomerFacts> { ["KH1"] = new(100.0001m, 2, new DateOnly(2026, 9, 30)) },
            ThresholdWan = 4999.99m,
            HeadOfficeBranch = "000001",
            SourceRowsRead = 42,
            SourceFingerprints = new Dictionary<string, SourceFingerprint> { ["persons"] = new(1, "ab") },
        };
        await _store.SaveSnapshotAsync(run!.RunId, snapshot);

        var loaded = (await _store.LoadSnapshotAsync(run.RunId, period))!;

        Assert.Multiple(() =>
        {
            Assert.That(loaded.RuleSetVersion, Is.EqualTo("2026.1-1"));
            Assert.That(loaded["B3P2"].Select(r => (r.Key, r.Source)), Is.EqualTo(new[] { (person.Key, person.Source) }));
            Assert.That(loaded.Cleansings, Is.EqualTo(snapshot.Cleansings));
            Assert.That(loaded.NonFiLedgerRows, Is.EqualTo(snapshot.NonFiLedgerRows));
            Assert.That(loaded.ItemTotalsCny, Is.EquivalentTo(snapshot.ItemTotalsCny));
            Assert.That(loaded.GeneralLedgerCny, Is.EquivalentTo(snapshot.GeneralLedgerCny));
            Assert.That(loaded.ManagingBranches, Is.EquivalentTo(snapshot.ManagingBranches));
            Assert.That(loaded.BranchesByBankCode, Is.EquivalentTo(snapshot.BranchesByBankCode));
            Assert.That(loaded.CustomerFacts, Is.EquivalentTo(snapshot.CustomerFacts));
            Assert.That((loaded.ThresholdWan, loaded.HeadOfficeBranch, loaded.SourceRowsRead), Is.EqualTo((4999.99m, "000001", 42L)));
            Assert.That(loaded.SourceFingerprints, Is.EquivalentTo(snapshot.SourceFingerprints));
        });
    }

    [Test]
    public async Task Snapshot_OfARunThatStoredNone_LoadsAsNothing()
    {
        await _store.MigrateAsync();
        var run = await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1");

        Assert.That(await _store.LoadSnapshotAsync(run!.RunId, ReportingPeriod.Parse("202610")), Is.Null);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = _store.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
