using RiskReporting.Core.Periods;

namespace RiskReporting.DemoBank;

/// <summary>What `riskreport demo init` was asked for.</summary>
public sealed record DemoBankOptions
{
    public const int DefaultSeed = 20_261_031;

    public required string OutputDirectory { get; init; }

    public DemoBankSize Size { get; init; } = DemoBankSize.Small;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Periods with month-end rows, oldest first. Default: the two periods of the spec's sample.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; init; } = [new(2026, 9), new(2026, 10)];

    /// <summary>Plant at least one known violation of every rule and write planted.csv.</summary>
    public bool Plant { get; init; }

    /// <summary>The reporting institution code written into appsettings.json.</summary>
    public string Org { get; init; } = "B0001H111000001";
}
