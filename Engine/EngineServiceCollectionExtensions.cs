using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Identity;
using RiskReporting.Evidence;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Extraction;
using RiskReporting.Identity;
using RiskReporting.Identity.Directory;
using RiskReporting.Identity.Sessions;
using RiskReporting.Extraction.Configuration;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.Store;
using RiskReporting.Validation;

namespace RiskReporting.Engine;

/// <summary>The one composition of the engine: every host (the CLI, the scheduler, the portal) calls this and nothing else.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates at start every options section (Engine, Extraction, Validation, Disputes, Scheduler),
    /// registers one state store migrated once when the host starts, the pipeline stages and the engine's services.
    /// </summary>
    public static IServiceCollection AddRiskReportingEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Core.Configuration.SqliteThreading.Initialize();
        services.TryAddSingleton<IFileSystem>(new FileSystem());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton(new EngineLocation(configuration[EnginePaths.BaseDirectoryKey] is { Length: > 0 } folder ? folder : Environment.CurrentDirectory,
            string.Equals(configuration[EnginePaths.ReadsOnlyKey], "true", StringComparison.OrdinalIgnoreCase)));
        AddSection<EngineOptions, EngineOptionsValidator>(services, configuration, EngineOptions.Section);
        AddSection<ExtractionOptions, ExtractionOptionsValidator>(services, configuration, ExtractionOptions.Section);
        AddSection<ValidationOptions, ValidationOptionsValidator>(services, configuration, ValidationOptions.Section);
        AddSection<DisputeOptions, DisputeOptionsValidator>(services, configuration, DisputeOptions.Section);
        AddSection<SchedulerOptions, SchedulerOptionsValidator>(services, configuration, SchedulerOptions.Section);
        AddSection<NotificationOptions, NotificationOptionsValidator>(services, configuration, NotificationOptions.Section);
        AddSection<PurgeOptions, PurgeOptionsValidator>(services, configuration, PurgeOptions.Section);
        services.AddSingleton(sp => new EnginePaths(sp.GetRequiredService<EngineLocation>().BaseDirectory, Value<EngineOptions>(sp), Value<ExtractionOptions>(sp),
            Value<ValidationOptions>(sp), Value<DisputeOptions>(sp)));
        services.AddSingleton(sp => StateStoreFactory.Create(sp.GetRequiredService<EnginePaths>().StateStore, sp.GetRequiredService<TimeProvider>(), Value<EngineOptions>(sp).StateStoreBusySeconds));
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<StateStore>());
        services.AddSingleton<IDisputeStore>(sp => sp.GetRequiredService<StateStore>());
        services.AddSingleton<IPortalStore>(sp => sp.GetRequiredService<StateStore>());
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<StateStore>());
        services.AddSingleton<IRecordsStore>(sp => sp.GetRequiredService<StateStore>());
        services.AddHostedService<StateStoreMigration>();
        AddStages(services);
        AddIdentity(services, configuration);
        EngineServices.Add(services);
        services.AddSingleton<Notifications.NotificationSender>();
        services.AddSingleton<Audit.AuditLogMirror>();
        return services;
    }

    private static void AddSection<TOptions, TValidator>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    private static void AddStages(IServiceCollection services)
    {
        services.AddSingleton(sp => new MonthEndExtraction(sp.GetRequiredService<IFileSystem>(), sp.GetRequiredService<TimeProvider>())
        {
            SourceRetry = TimeSpan.FromSeconds(Value<ExtractionOptions>(sp).SourceRetrySeconds),
        });
        services.AddSingleton<PackageWriter>();
    }

    /// <summary>Credentials, lockout and sessions (the <c>Auth</c> section); the bank's directory when <c>Auth:Ldap:Host</c> is set.</summary>
    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        var auth = new AuthOptions();
        configuration.GetSection(AuthOptions.Section).Bind(auth);
        services.AddSingleton(auth);
        services.AddSingleton(sp => new Authenticator(sp.GetRequiredService<IStateStore>(), auth, sp.GetRequiredService<TimeProvider>(),
            auth.Ldap.Enabled ? new LdapAuthenticator(auth.Ldap) : null));
        services.AddSingleton<SessionResolver>();
        services.AddSingleton<UserRegistry>();
    }

    private static T Value<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
