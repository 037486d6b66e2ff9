namespace RiskReporting.DemoBank;

/// <summary>The sizes `demo init --size` offers; the large bank is the benchmark bank.</summary>
public enum DemoBankSize
{
    Tiny,
    Small,
    Medium,
    Large,
}
