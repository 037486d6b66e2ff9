using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Store;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>A real portal on a loopback port (Kestrel, real HTTP), on a real state store, started the way riskreport serve starts it.</summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public Uri Url(string path) => new(Address, path);

    public static async Task<PortalServer> StartAsync(StateStore store, IAuthenticator authenticator, FakeTimeProvider clock, CollectingLogger? log = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        await store.MigrateAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:Urls"] = "http://127.0.0.1:0" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var app = PortalHost.Build(configuration, services =>
        {
            services.AddSingleton<IPortalStore>(store);
            services.AddSingleton(authenticator);
            services.AddSingleton<TimeProvider>(clock);
            if (log is not null)
            {
                services.AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new PortalServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
