using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using RiskReporting.Core.Configuration;
using RiskReporting.Extraction.Configuration;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>
/// Reads appsettings.json (the --config file, else ./appsettings.json when present) and applies the
/// command-line flags over it. Every problem of the configuration is reported at once.
/// </summary>
public sealed class EngineSettingsLoader(IFileSystem fileSystem)
{
    public EngineSettings Load(CommonSettings flags, Action<EngineOptions, ExtractionOptions>? overrides = null)
    {
        var configFile = flags.Config ?? (fileSystem.File.Exists("appsettings.json") ? "appsettings.json" : null);
        var configuration = new ConfigurationBuilder();
        string baseDirectory;
        if (configFile is null)
        {
            baseDirectory = fileSystem.Directory.GetCurrentDirectory();
        }
        else
        {
            var fullPath = fileSystem.Path.GetFullPath(configFile);
            if (!fileSystem.File.Exists(fullPath))
            {
                throw new UsageException($"--config: the file {fullPath} does not exist.");
            }

            baseDirectory = fileSystem.Path.GetDirectoryName(fullPath)!;
            configuration.AddJsonStream(new MemoryStream(fileSystem.File.ReadAllBytes(fullPath)));
            configFile = fullPath;
        }

        IConfiguration root;
        try
        {
            root = configuration.Build();
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{configFile}: {e.Message}");
        }

        var engine = root.GetSection(EngineOptions.Section).Get<EngineOptions>() ?? new EngineOptions();
        var extraction = root.GetSection(ExtractionOptions.Section).Get<ExtractionOptions>() ?? new ExtractionOptions();
        var validation = root.GetSection(Validation.ValidationOptions.Section).Get<Validation.ValidationOptions>() ?? new Validation.ValidationOptions();
        var disputes = root.GetSection(Evidence.DisputeOptions.Section).Get<Evidence.DisputeOptions>() ?? new Evidence.DisputeOptions();
        var scheduler = root.GetSection(RiskReporting.Scheduler.Scheduling.SchedulerOptions.Section).Get<RiskReporting.Scheduler.Scheduling.SchedulerOptions>() ?? new RiskReporting.Scheduler.Scheduling.SchedulerOptions();
        var problems = disputes.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new UsageException($"{configFile}: {string.Join(" ", problems)}");
        }
        if (flags.Work is not null)
        {
            engine.Work = fileSystem.Path.GetFullPath(flags.Work);
        }

        overrides?.Invoke(engine, extraction);
        var work = fileSystem.Path.GetFullPath(engine.Work, baseDirectory);
        PointLogsAt(fileSystem.Path.Combine(work, "logs"));
        var state = string.IsNullOrEmpty(engine.StateStore) || flags.Work is not null && engine.StateStore.StartsWith("sqlite:", StringComparison.Ordinal)
            ? new ConnectionTarget(DatabaseKind.Sqlite, fileSystem.Path.Combine(work, "state.db"))
            : ConnectionTarget.Parse(engine.StateStore, baseDirectory);
        return new EngineSettings(configFile, work, state, engine, extraction, validation, baseDirectory) { Disputes = disputes, Scheduler = scheduler };
    }

    /// <summary>The log belongs to the bank's work folder, wherever --work or Engine:Work puts it.</summary>
    private static void PointLogsAt(string directory)
    {
        if (NLog.LogManager.Configuration is { } configuration)
        {
            configuration.Variables["logDirectory"] = directory;
            NLog.LogManager.ReconfigExistingLoggers();
        }
    }
}
