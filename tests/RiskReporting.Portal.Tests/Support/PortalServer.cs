using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Engine;
using RiskReporting.Store;
using RiskReporting.Testing;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>A real portal on a loopback port (Kestrel, real HTTP), on a real state store, started the way riskreport serve starts it.</summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly string? _work;

    private PortalServer(WebApplication app, Uri address, string? work)
    {
        _app = app;
        Address = address;
        _work = work;
    }

    public Uri Address { get; }

    public Uri Url(string path) => new(Address, path);

    /// <summary>
    /// The portal on the engine's composition (AddRiskReportingEngine), as riskreport serve starts it, on the given
    /// store. <paramref name="settings"/> (and <paramref name="configFile"/>, a bank's appsettings.json) configure the
    /// engine; without them it has a work folder of its own and no source, enough for every page that reads.
    /// </summary>
    public static async Task<PortalServer> StartAsync(StateStore store, IAuthenticator authenticator, FakeTimeProvider clock, CollectingLogger? log = null,
        IReadOnlyDictionary<string, string?>? settings = null, string? configFile = null)
    {
        await store.MigrateAsync();
        if (authenticator is TestAuthenticator users)
        {
            await users.AttachAsync(store, clock);
        }

        var work = Path.Combine(Path.GetTempPath(), "riskreport-portal-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Portal:Urls"] = "http://127.0.0.1:0",
                ["Engine:Work"] = work,
                [Engine.Composition.EnginePaths.BaseDirectoryKey] = work,
                ["Extraction:Rules"] = Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction"),
                ["Validation:Catalogue"] = Path.Combine(TestPaths.RepositoryRoot, "rules", "catalogue.csv"),
                ["Engine:Calendar"] = Path.Combine(TestPaths.RepositoryRoot, "rules", "calendar"),
            });
        if (configFile is not null)
        {
            builder.AddJsonFile(configFile, optional: false).AddInMemoryCollection(new Dictionary<string, string?>
            {
                [Engine.Composition.EnginePaths.BaseDirectoryKey] = Path.GetDirectoryName(configFile),
                ["Extraction:Rules"] = Path.Combine(TestPaths.RepositoryRoot, "rules", "extraction"),
                ["Validation:Catalogue"] = Path.Combine(TestPaths.RepositoryRoot, "rules", "catalogue.csv"),
                ["Engine:Calendar"] = Path.Combine(TestPaths.RepositoryRoot, "rules", "calendar"),
            });
        }

        var configuration = builder.AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var app = PortalHost.Build(configuration, services =>
        {
            services.AddRiskReportingEngine(configuration);
            services.AddSingleton(store);
            services.AddSingleton(authenticator);
            services.AddSingleton<TimeProvider>(clock);
            if (log is not null)
            {
                services.AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new PortalServer(app, new Uri(address), configFile is null ? work : null);
    }

    /// <summary>
    /// The portal on a tiny demo bank generated under <paramref name="directory"/> (<paramref name="plant"/>: with its planted faults),
    /// its SQLite state store in the bank's work folder, as `demo init` lays it out; the store and clock are the portal's
    /// (<see cref="Get{T}"/> of <see cref="StateStore"/> and <see cref="TimeProvider"/>).
    /// </summary>
    public static Task<PortalServer> StartOnTinyBankAsync(TemporaryDirectory directory, TestAuthenticator users, bool plant = false,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bank = new DemoBank.DemoBankGenerator(new System.IO.Abstractions.FileSystem())
            .Generate(new DemoBank.DemoBankOptions { OutputDirectory = directory.File("bank"), Size = DemoBank.DemoBankSize.Tiny, Plant = plant });
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var work = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(bank.Settings)!, "work")).FullName;
        return StartAsync(new SqliteStateStore(Path.Combine(work, "state.db"), clock), users, clock, settings: settings, configFile: bank.Settings);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_work is not null && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
