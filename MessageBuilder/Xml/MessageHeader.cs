using System.Globalization;
using RiskReporting.Core.Periods;

namespace RiskReporting.MessageBuilder.Xml;

/// <summary>Who reports which period in which batch: the attributes every file of a package repeats.</summary>
public sealed record MessageHeader(string Org, ReportingPeriod Period, int Batch)
{
    public string BatchText => Batch.ToString("D2", CultureInfo.InvariantCulture);

    public string PackageStem => $"{Org}_KHFX_{Period.DataDateText}_{BatchText}";

    public string ReportFileName(string report) => $"{Org}_{report}_{Period.DataDateText}_{BatchText}.xml";
}
