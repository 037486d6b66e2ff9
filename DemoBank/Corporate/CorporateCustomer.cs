namespace RiskReporting.DemoBank.Corporate;

/// <summary>A corporate customer as the generator keeps it while writing its business (nothing else is held).</summary>
public sealed record CorporateCustomer(
    string Code,
    string Name,
    string? Uscc,
    string Country,
    string? Region,
    string CustomerClass,
    string Industry,
    string Branch,
    DateOnly OpenedOn)
{
    public bool Overseas => Country != "CHN";
}
