using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RiskReporting.Portal.Hosting;

namespace RiskReporting.Portal;

/// <summary>
/// The web portal as one entry: <c>riskreport serve</c> calls <see cref="Build"/> with its configuration
/// and the engine's composition, then runs the application. The portal adds its pages, its security and
/// its shared session state; everything it shows or does comes from the services registered there.
/// </summary>
public static class PortalHost
{
    /// <param name="configuration">appsettings.json and flags: the <c>Portal</c> section and whatever the engine reads.</param>
    /// <param name="addServices">
    /// Registers what the portal builds on: the engine (<c>AddRiskReportingEngine</c>, which brings the state
    /// store as <c>IPortalStore</c> and the identity service as <c>IAuthenticator</c>), and the logging
    /// provider. Called after the portal's own registrations, so a test may replace the clock.
    /// </param>
    public static WebApplication Build(IConfiguration configuration, Action<IServiceCollection> addServices)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(addServices);
        var options = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        options.Validate();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PortalHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddConfiguration(configuration);
        // HTTPS, when the bank terminates TLS here rather than at its load balancer, is Kestrel's own
        // configuration (Kestrel:Endpoints with a certificate); Portal:Urls is used when that names none.
        builder.WebHost.UseKestrel(kestrel => kestrel.Configure(builder.Configuration.GetSection("Kestrel"))).UseUrls(options.Urls);
        builder.Services.AddPortal(options);
        addServices(builder.Services);
        Require<Store.IPortalStore>(builder.Services, "状态库 (state store) IPortalStore（由 AddRiskReportingEngine 注册）");
        builder.Services.TryAddSingleton<Identity.IAuthenticator, Identity.EngineAuthenticator>();
        // After the engine's registrations, so that its store migration (a hosted service) has run when the key ring is first read.
        builder.Services.AddHostedService<Sessions.KeyRingWarmUp>();
        builder.Services.AddHostedService<EngineRounds>();

        var app = builder.Build();
        app.UsePortal();
        return app;
    }

    private static void Require<T>(IServiceCollection services, string what)
    {
        if (!services.Any(d => d.ServiceType == typeof(T)))
        {
            throw new InvalidOperationException($"门户 (portal) 无法启动 (cannot start)：缺少 {what}。");
        }
    }
}
