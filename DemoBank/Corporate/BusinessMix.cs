namespace RiskReporting.DemoBank.Corporate;

/// <summary>How a customer's business is drawn.</summary>
public enum BusinessMix
{
    Ordinary,

    /// <summary>Only under its lines: the scope-boundary customers, whose scope must follow their limit alone.</summary>
    LineOnly,

    /// <summary>At least one loan outside any line in a foreign currency, an off-balance item, a bond and an equity holding.</summary>
    Showcase,
}
