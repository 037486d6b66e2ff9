using System.Globalization;
using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using NLog;

namespace RiskReporting.Scheduler.Logging;

/// <summary>
/// Where the host's JSON log lines go (NLog.config): <c>Logging:Folder</c>, relative to the configuration file,
/// else WORK/logs; and how long they are kept (<c>Logging:RetentionDays</c>).
/// </summary>
public static class LogSetup
{
    /// <summary>Every log file's name starts so (riskreport-2026-12-01.json); retention deletes only these.</summary>
    public const string FilePrefix = "riskreport-";

    /// <summary>Registers the layout renderers NLog.config uses; before the configuration is first read.</summary>
    public static void RegisterExtensions() =>
        LogManager.Setup().SetupExtensions(e => e.RegisterLayoutRenderer<ShanghaiTimeLayoutRenderer>(ShanghaiTimeLayoutRenderer.Name));

    public static string Folder(IConfiguration configuration, IFileSystem fileSystem, string baseDirectory, string workDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(fileSystem);
        return configuration["Logging:Folder"] is { Length: > 0 } folder
            ? fileSystem.Path.GetFullPath(folder, baseDirectory)
            : fileSystem.Path.Combine(workDirectory, "logs");
    }

    /// <summary>Logging:RetentionDays, a whole number of days of at least 1.</summary>
    public static int RetentionDays(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["Logging:RetentionDays"];
        if (string.IsNullOrEmpty(text))
        {
            return LogRetention.DefaultDays;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1
            ? days
            : throw new Cli.UsageException($"Logging:RetentionDays '{text}' 须为至少 1 的整数天数。");
    }

    /// <summary>Points NLog's file target at the folder (the config's logDirectory variable).</summary>
    public static void PointAt(string directory)
    {
        if (NLog.LogManager.Configuration is { } configuration)
        {
            configuration.Variables["logDirectory"] = directory;
            NLog.LogManager.ReconfigExistingLoggers();
        }
    }
}
