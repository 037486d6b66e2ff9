using System.Text.Json.Serialization;
using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Archive;

/// <summary>
/// The manifest (manifest.json) of one published batch in the archive (客户信息统计制度 第8–9条): what was filed, the
/// SM3 of the snapshot the package was built from, and the audit chain head at publication (SEQ SM3).
/// </summary>
public sealed record ArchivedBatch(
    string Period,
    int Batch,
    string RunId,
    string PackageName,
    string PackageSha256,
    string SnapshotSm3,
    string AuditHead,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    string? StatementBy,
    IReadOnlyList<ArchivedFile> Files)
{
    /// <summary>The folder the batch was filed in (set when read back, not stored).</summary>
    [JsonIgnore]
    public string Folder { get; init; } = string.Empty;

    [JsonIgnore]
    public ReportingPeriod ReportingPeriod => Core.Periods.ReportingPeriod.Parse(Period);

    /// <summary>The calendar quarter of the period, 1–4.</summary>
    [JsonIgnore]
    public int Quarter => (ReportingPeriod.Month + 2) / 3;
}
