namespace RiskReporting.Extraction.Configuration;

/// <summary>The "Extraction" section of appsettings.json: where the month-end position comes from.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>The bank's core-system database: sqlite:PATH, postgres:CONNECTION or oracle:CONNECTION.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The folder the financial-markets department delivers TYYWTZ_{YYYYMM}.csv/.xlsx into.</summary>
    public string Inbox { get; set; } = "inbox";

    /// <summary>The extraction rules folder (rule sets by effective period); empty means the rules shipped with the engine.</summary>
    public string Rules { get; set; } = string.Empty;

    /// <summary>How long a source that refuses connections is retried, with exponential backoff, before the run fails (seconds).</summary>
    public int SourceRetrySeconds { get; set; } = 120;

    /// <summary>large_exposure_threshold_wan (spec README, "Reporting scope"): 5,000.00万 unless configured.</summary>
    public decimal LargeExposureThresholdWan { get; set; } = 5000.00m;

    /// <summary>
    /// Report records all parts together hold in memory while they wait to be sorted; past it, the part
    /// holding most sorts them and spills a run to disk. It bounds the run's memory whatever the number of
    /// loans; larger means fewer, longer runs to merge.
    /// </summary>
    public int RecordsInMemory { get; set; } = 100_000;

    public IEnumerable<string> Problems()
    {
        if (RecordsInMemory < 1)
        {
            yield return $"Extraction:RecordsInMemory {RecordsInMemory} 须至少为 1。";
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            yield return "Extraction:Source 须指明核心系统数据库 (core-system database)：sqlite:PATH 或 postgres:CONNECTION。";
        }

        if (LargeExposureThresholdWan < 0 || decimal.Round(LargeExposureThresholdWan, 2) != LargeExposureThresholdWan)
        {
            yield return $"Extraction:LargeExposureThresholdWan {LargeExposureThresholdWan} 须 ≥ 0，至多两位小数（万元）。";
        }
    }
}
