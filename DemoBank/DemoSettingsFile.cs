using System.IO.Abstractions;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RiskReporting.DemoBank;

/// <summary>The appsettings.json of a demo bank folder: every path relative to the folder, so it can be moved.</summary>
public static class DemoSettingsFile
{
    public static string Write(IFileSystem fileSystem, string directory, DemoBankOptions options)
    {
        var settings = new JsonObject
        {
            ["Engine"] = new JsonObject
            {
                ["Org"] = options.Org,
                ["Work"] = "work",
                ["StateStore"] = "sqlite:work/state.db",
            },
            ["Extraction"] = new JsonObject
            {
                ["Source"] = "sqlite:source.db",
                ["Inbox"] = "inbox",
                ["LargeExposureThresholdWan"] = 5000.00m,
            },
            ["Validation"] = new JsonObject
            {
                ["GlToleranceYuan"] = 0.00m,
            },
            ["Scheduler"] = new JsonObject
            {
                ["Cron"] = "0 0 6 1 * ?",
                ["TimeZone"] = "Asia/Shanghai",
                ["FirstPeriod"] = options.Periods[0].ToString(),
            },
            ["Demo"] = new JsonObject
            {
                ["Size"] = options.Size.ToString().ToLowerInvariant(),
                ["Seed"] = options.Seed,
                ["Periods"] = new JsonArray([.. options.Periods.Select(p => JsonValue.Create(p.ToString()))]),
                ["Planted"] = options.Plant,
            },
        };
        var path = fileSystem.Path.Combine(directory, "appsettings.json");
        var temporary = path + ".tmp";
        fileSystem.File.WriteAllText(temporary, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        fileSystem.File.Move(temporary, path, overwrite: true);
        return path;
    }
}
