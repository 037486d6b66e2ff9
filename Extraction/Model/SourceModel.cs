namespace RiskReporting.Extraction.Model;

// The canonical rows the rule queries return, as the extractor keeps them. Text is kept raw here and
// cleansed once, when a report record is made, so that TS-DQ-010 can name the record and field.

/// <summary>A corporate or FI customer (customer table).</summary>
public sealed record Customer(string Code, string Name, string Kind, string? Uscc, string Country, string? Region, string? CustomerClass, string? Industry,
    string? FiCode, string? FiCategory, string Related, string Branch, DateOnly OpenedOn, DateOnly? ClosedOn)
{
    public bool Overseas => Country != "CHN";

    public bool Corporate => Kind == "CORP";
}

/// <summary>A group or supply chain; active when recognised on or before D and not dissolved by D.</summary>
public sealed record CustomerGroup(string Code, string Name, string CreditType, string? Region, string Branch, DateOnly RecognisedOn, DateOnly? DissolvedOn)
{
    public bool ActiveAt(DateOnly d) => RecognisedOn <= d && (DissolvedOn is null || DissolvedOn > d);
}

public sealed record Membership(string Group, string Customer, string MemberType, string ParentFlag, DateOnly JoinedOn, DateOnly? LeftOn)
{
    public bool ActiveAt(DateOnly d) => JoinedOn <= d && (LeftOn is null || LeftOn > d);
}

/// <summary>A credit line; active when status is ACTIVE and start ≤ D ≤ end (the end date is inclusive).</summary>
public sealed record Line(string CreditNo, string HolderKind, string HolderCode, string Currency, decimal Limit, DateOnly StartDate, DateOnly EndDate, string Status)
{
    public bool ActiveAt(DateOnly d) => Status == "ACTIVE" && StartDate <= d && d <= EndDate;
}

public sealed record Split(string CreditNo, string Customer, decimal Limit);

public sealed record Statement(DateOnly Date, string Type, decimal Assets, decimal Liabilities);

/// <summary>One business item at D of any kind (loan, bond, equity, off-balance) with what scope and balances need.</summary>
public sealed record Item(ItemKind Kind, string Number, string Customer, string? CreditNo, string Branch, string Currency, decimal BalanceWan);

public enum ItemKind
{
    Loan,
    Bond,
    Equity,
    OffBalance,
}
