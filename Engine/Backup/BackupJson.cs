using System.Text.Encodings.Web;
using System.Text.Json;

namespace RiskReporting.Engine.Backup;

/// <summary>How a backup's manifest is written and read: indented, non-ASCII names as they are.</summary>
internal static class BackupJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
