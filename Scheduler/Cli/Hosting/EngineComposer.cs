using System.Globalization;
using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NLog.Extensions.Logging;
using RiskReporting.Engine;
using RiskReporting.Engine.Composition;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>
/// Composes the engine for one verb, after its command line is parsed: appsettings.json (the --config file,
/// else ./appsettings.json when present), then the verb's flags as an in-memory layer over it (flags override
/// the file), then <see cref="EngineServiceCollectionExtensions.AddRiskReportingEngine"/> in a Generic Host,
/// started so that every options section is validated and the state store migrated before the verb acts.
/// </summary>
public sealed class EngineComposer(IFileSystem fileSystem, TimeProvider clock)
{
    /// <param name="flags">Configuration keys the verb's flags set ("Engine:Org", "Extraction:Source", …); a null value leaves the file's.</param>
    public async Task<EngineScope> StartAsync(CommonSettings settings, IReadOnlyDictionary<string, string?>? flags, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var baseDirectory = Configure(builder.Configuration, settings, flags);
        builder.Services.AddSingleton(fileSystem);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);

        // Started by systemd (deploy/*.service, Type=notify): tells it when the engine is ready and stops on SIGTERM; a no-op otherwise.
        builder.Services.AddSystemd();
        builder.Services.AddRiskReportingEngine(builder.Configuration);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddNLog();
        PrepareLogs(builder.Configuration, baseDirectory);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            host.Dispose();
            throw new UsageException(string.Join(" ", e.Failures));
        }

        return new EngineScope(host, cancellationToken);
    }

    /// <summary>The engine of a verb that only reads: a folder with no state store is refused, naming it, rather than given an empty store.</summary>
    public Task<EngineScope> StartReadingAsync(CommonSettings settings, CancellationToken cancellationToken) =>
        StartAsync(settings, new Dictionary<string, string?> { [EnginePaths.ReadsOnlyKey] = "true" }, cancellationToken);

    /// <summary>
    /// The verb's configuration: the file, then the layer of where it sits, --work and the flags. A host that is
    /// not a Generic Host of its own (the portal's web application) starts from this too.
    /// </summary>
    /// <returns>The folder the configuration's relative paths are relative to.</returns>
    public string Configure(ConfigurationManager configuration, CommonSettings settings, IReadOnlyDictionary<string, string?>? flags)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var baseDirectory = AddFile(configuration, settings.Config);
        configuration.AddInMemoryCollection(Layer(configuration, settings, baseDirectory, flags));
        return baseDirectory;
    }

    /// <summary>Points the log at the configuration's folder (Logging:Folder, else WORK/logs) and prunes files past Logging:RetentionDays.</summary>
    public void PrepareLogs(IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var logs = Logging.LogSetup.Folder(configuration, fileSystem, baseDirectory, fileSystem.Path.GetFullPath(configuration["Engine:Work"] ?? "work", baseDirectory));
        Logging.LogSetup.PointAt(logs);
        new Logging.LogRetention(fileSystem, clock).Prune(logs, Logging.LogSetup.RetentionDays(configuration));
    }

    /// <summary>Adds the configuration file, if any; returns the folder its relative paths are relative to.</summary>
    private string AddFile(IConfigurationBuilder configuration, string? config)
    {
        var configFile = config ?? (fileSystem.File.Exists("appsettings.json") ? "appsettings.json" : null);
        if (configFile is null)
        {
            return fileSystem.Directory.GetCurrentDirectory();
        }

        var fullPath = fileSystem.Path.GetFullPath(configFile);
        if (!fileSystem.File.Exists(fullPath))
        {
            throw new UsageException($"--config：文件 {fullPath} 不存在 (file does not exist)。");
        }

        try
        {
            configuration.AddJsonStream(new MemoryStream(fileSystem.File.ReadAllBytes(fullPath)));
            _ = configuration.Build();
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{fullPath} 不是有效的 JSON 配置文件 (invalid JSON)：{e.Message}");
        }

        return fileSystem.Path.GetDirectoryName(fullPath)!;
    }

    /// <summary>The in-memory layer: where the file sits, --work (which also moves a SQLite state store to WORK/state.db), and the verb's flags.</summary>
    private Dictionary<string, string?> Layer(ConfigurationManager file, CommonSettings settings, string baseDirectory, IReadOnlyDictionary<string, string?>? flags)
    {
        var layer = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { [EnginePaths.BaseDirectoryKey] = baseDirectory };
        if (settings.Work is not null)
        {
            layer["Engine:Work"] = fileSystem.Path.GetFullPath(settings.Work);
            if (file["Engine:StateStore"] is { } store && store.StartsWith("sqlite:", StringComparison.Ordinal))
            {
                layer["Engine:StateStore"] = string.Empty;
            }
        }

        foreach (var (key, value) in flags ?? new Dictionary<string, string?>())
        {
            if (value is not null)
            {
                layer[key] = value;
            }
        }

        return layer;
    }

    /// <summary>A decimal flag as the configuration binder reads it (invariant culture).</summary>
    public static string? Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
