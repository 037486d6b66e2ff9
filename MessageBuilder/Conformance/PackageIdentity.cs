using System.Globalization;
using System.Text.RegularExpressions;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>ORG, data date and batch as the package name gives them, and the entry names they imply.</summary>
internal sealed partial record PackageIdentity(string Org, DateOnly DataDate, int Batch)
{
    public string DateText => DataDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public string BatchText => Batch.ToString("D2", CultureInfo.InvariantCulture);

    public string Stem => $"{Org}_KHFX_{DateText}_{BatchText}";

    public string ReportEntry(string report) => $"{Org}_{report}_{DateText}_{BatchText}.xml";

    public string CorrectionEntry => Stem + "_CORR.xml";

    public string IndexEntry => Stem + ".idx";

    public IReadOnlyList<string> ExpectedEntries =>
        [.. Core.Reports.ReportParts.Reports.Select(ReportEntry), .. Batch > 1 ? new[] { CorrectionEntry } : [], IndexEntry];

    /// <summary>The identity in a package's file name, or the reason the name is not one.</summary>
    public static PackageIdentity? Parse(string fileName, out string? problem)
    {
        var match = Name().Match(fileName);
        problem = null;
        if (!match.Success)
        {
            problem = "报文名 (package name) 不符合 {ORG}_KHFX_{D}_{BATCH}.zip：ORG 为 15 × [0-9A-Z]，D 为 YYYYMMDD，BATCH 为 01–99";
            return null;
        }

        if (!DateOnly.TryParseExact(match.Groups["d"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.AddDays(1).Day != 1)
        {
            problem = $"数据日期 (data date) {match.Groups["d"].Value} 不是月末";
            return null;
        }

        var batch = int.Parse(match.Groups["batch"].Value, CultureInfo.InvariantCulture);
        if (batch == 0)
        {
            problem = "不存在批次 00：第一批为 01";
            return null;
        }

        return new PackageIdentity(match.Groups["org"].Value, date, batch);
    }

    [GeneratedRegex(@"^(?<org>[0-9A-Z]{15})_KHFX_(?<d>\d{8})_(?<batch>\d{2})\.zip$")]
    private static partial Regex Name();
}
