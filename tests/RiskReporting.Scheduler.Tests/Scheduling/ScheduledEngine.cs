using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.DemoBank;
using RiskReporting.Engine;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Notifications;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Scheduling;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Scheduling;

/// <summary>
/// The engine as the scheduler composes it, on a generated bank, with a clock the test moves: the scheduler's rounds
/// run against it in the background, and each Advance lets one round pass.
/// </summary>
public sealed class ScheduledEngine : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CancellationTokenSource _stop = new();
    private Task? _rounds;
    private SchedulerRounds? _scheduler;
    private int _advancedAt;

    private ScheduledEngine(IHost host, FakeTimeProvider clock, string inbox)
    {
        _host = host;
        Clock = clock;
        Inbox = inbox;
    }

    public FakeTimeProvider Clock { get; }

    public string Inbox { get; }

    public Actor Scheduler => Get<IdentityService>().Scheduler;

    /// <summary>A small bank whose ledger files are not in its inbox yet: they wait in <paramref name="held"/>.</summary>
    public static async Task<ScheduledEngine> StartAsync(TemporaryDirectory folder, DateTimeOffset now, string held, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bank = new DemoBankGenerator(new FileSystem()).Generate(new DemoBankOptions { OutputDirectory = folder.File("bank"), Size = DemoBankSize.Small });
        Directory.CreateDirectory(held);
        foreach (var ledger in bank.LedgerFiles)
        {
            File.Move(ledger, Path.Combine(held, Path.GetFileName(ledger)));
        }

        var rules = Path.Combine(TestPaths.RepositoryRoot, "rules");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(bank.Settings, optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [EnginePaths.BaseDirectoryKey] = Path.GetDirectoryName(bank.SourceDatabase),
            ["Extraction:Rules"] = Path.Combine(rules, "extraction"),
            ["Validation:Catalogue"] = Path.Combine(rules, "catalogue.csv"),
            ["Engine:Calendar"] = Path.Combine(rules, "calendar"),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var clock = new FakeTimeProvider(now);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddRiskReportingEngine(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new ScheduledEngine(host, clock, host.Services.GetRequiredService<EnginePaths>().InboxDirectory);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Starts the scheduler's rounds, polling the inbox every <paramref name="pollEvery"/> on the fake clock.</summary>
    public void StartRounds(TimeSpan pollEvery)
    {
        var rounds = _scheduler = new SchedulerRounds(Get<LedgerPollService>(), Get<DeadlineWatch>(), Get<NotificationSender>(), Get<RiskReporting.Engine.Audit.AuditLogMirror>(), Scheduler, Clock, pollEvery, Get<ILogger<SchedulerRounds>>());
        _rounds = Task.Run(() => rounds.RunAsync(_stop.Token));
    }

    /// <summary>Moves the clock a minute at a time (a round each) until the condition holds; fails after 120 s of real time.</summary>
    public async Task AdvanceUntilAsync(Func<Task<bool>> condition, string what)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(120))
            {
                Assert.Fail($"{what} did not happen within 120 seconds");
            }

            await NextRoundAsync();
        }
    }

    /// <summary>Lets <paramref name="minutes"/> rounds pass, each given time to finish.</summary>
    public async Task AdvanceMinutesAsync(int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            await NextRoundAsync();
        }
    }

    /// <summary>
    /// Waits for the round under way to end (it may be running a period), then moves the clock on to the next. Should the
    /// move have come before the round began its wait, the clock is moved again after a while.
    /// </summary>
    private async Task NextRoundAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var stalled = System.Diagnostics.Stopwatch.StartNew();
        while (_scheduler!.Completed <= _advancedAt)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                Assert.Fail("a scheduler round did not end within 60 seconds");
            }

            if (_advancedAt > 0 && stalled.Elapsed > TimeSpan.FromSeconds(3))
            {
                Clock.Advance(SchedulerRounds.Round);
                stalled.Restart();
            }

            await Task.Delay(20);
        }

        _advancedAt = _scheduler.Completed;
        await Task.Delay(50);
        Clock.Advance(SchedulerRounds.Round);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_rounds is not null)
        {
            try
            {
                await _rounds;
            }
            catch (OperationCanceledException)
            {
                // The rounds end with the scheduler's stop.
            }
        }

        await _host.StopAsync();
        _host.Dispose();
        _stop.Dispose();
    }
}
