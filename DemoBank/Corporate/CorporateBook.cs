using RiskReporting.Core.Amounts;

namespace RiskReporting.DemoBank.Corporate;

/// <summary>
/// Writes corporate customers and everything about them that is not business: financial statements,
/// legal representative and officers, shareholders, related enterprises and risk signals.
/// </summary>
public sealed partial class CorporateBook(GenerationContext context)
{
    private static readonly string[] OfficerRoles = ["2", "3", "4", "5", "6"];

    private static readonly string[] OverseasCountries = ["HKG", "USA", "SGP", "GBR", "VGB", "CYM", "MAC", "JPN"];

    private GenerationContext Ctx { get; } = context;

    public CorporateCustomer CreateCustomer(bool overseas = false, string? customerClass = null, string? branch = null)
    {
        var ctx = Ctx;
        var code = ctx.Next("KH", 10);
        var region = overseas ? null : ctx.Pick(ctx.DomesticRegions);
        var cls = customerClass ?? (overseas ? "F" : PickClass());
        var customer = new CorporateCustomer(
            code,
            overseas ? ctx.Names.OverseasCompany() : ctx.Names.Company(),
            overseas ? null : ctx.Ids.NextUscc(region!),
            overseas ? ctx.Pick(OverseasCountries) : "CHN",
            region,
            cls,
            overseas ? "99999" : ctx.Pick(ctx.Industries),
            branch ?? ctx.Branches.Managing(ctx.Random),
            ctx.DateBetween(new DateOnly(1998, 1, 1), ctx.FirstDate.AddYears(-1)));
        ctx.Tables.Customer.Add(
            customer.Code, customer.Name, "CORP", customer.Uscc, customer.Country, customer.Region, customer.CustomerClass, customer.Industry,
            null, null, ctx.Chance(0.02) ? "1" : "2", customer.Branch, customer.OpenedOn, null);
        WriteFinancials(customer);
        WriteOfficers(customer.Code, customer.OpenedOn);
        WriteShareholders(customer);
        WriteRelatedEnterprises(customer);
        if (ctx.Chance(0.04))
        {
            WriteSignal(customer.Code);
        }

        return customer;
    }

    /// <summary>An active risk signal raised before the first period, sometimes with an older cleared one.</summary>
    public void WriteSignal(string holderCode)
    {
        var ctx = Ctx;
        var codes = RiskReporting.Core.Codes.CodeLists.Embedded["warning_signal"].Codes;
        var active = ctx.Pick(codes);
        ctx.Tables.Signal.Add(holderCode, active, ctx.DateBetween(ctx.FirstDate.AddYears(-2), ctx.FirstDate.AddDays(-1)), null);
        if (ctx.Chance(0.3))
        {
            var cleared = ctx.DateBetween(ctx.FirstDate.AddYears(-3), ctx.FirstDate.AddYears(-2));
            ctx.Tables.Signal.Add(holderCode, codes.First(c => c != active), cleared, cleared.AddDays(90));
        }
    }

    private string PickClass() =>
        Ctx.PickWeighted(("A1", 0.10), ("A2", 0.30), ("A3", 0.38), ("A4", 0.15), ("C", 0.04), ("E", 0.03));

    private void WriteFinancials(CorporateCustomer customer)
    {
        var ctx = Ctx;
        if (customer.CustomerClass is "A3" or "A4" && ctx.Chance(0.1))
        {
            return; // small firms often file no statement with the bank
        }

        var (min, max) = customer.CustomerClass switch
        {
            "A1" => (4_000_000_000m, 100_000_000_000m),
            "A2" => (400_000_000m, 4_000_000_000m),
            "A3" => (20_000_000m, 400_000_000m),
            "A4" => (1_000_000m, 20_000_000m),
            _ => (100_000_000m, 1_000_000_000m),
        };
        var assets = ctx.LogUniform(min, max);
        var leverage = (decimal)ctx.Random.Double(0.3, 0.85);
        var lastYearEnd = new DateOnly(ctx.FirstDate.Year - (ctx.FirstDate.Month == 12 && ctx.FirstDate.Day == 31 ? 0 : 1), 12, 31);
        foreach (var yearEnd in new[] { lastYearEnd.AddYears(-1), lastYearEnd })
        {
            assets = Money.RoundHalfUp(assets * (decimal)ctx.Random.Double(0.95, 1.1), 2);
            ctx.Tables.Financials.Add(customer.Code, yearEnd, "1", assets, Money.RoundHalfUp(assets * leverage, 2));
        }

        var halfYear = new DateOnly(lastYearEnd.Year + 1, 6, 30);
        if (customer.CustomerClass is "A1" or "A2" && halfYear <= ctx.FirstDate && ctx.Chance(0.5))
        {
            assets = Money.RoundHalfUp(assets * (decimal)ctx.Random.Double(0.97, 1.05), 2);
            ctx.Tables.Financials.Add(customer.Code, halfYear, "2", assets, Money.RoundHalfUp(assets * leverage, 2));
        }
    }

    /// <summary>Exactly one legal representative (LJX-006), and a few other officers of distinct roles.</summary>
    public void WriteOfficers(string customerCode, DateOnly openedOn)
    {
        var ctx = Ctx;
        var roles = new List<string> { "1" };
        roles.AddRange(ctx.Faker.PickRandom(OfficerRoles, ctx.Random.Number(1, 3)));
        foreach (var role in roles)
        {
            var region = ctx.Pick(ctx.DomesticRegions);
            ctx.Tables.Person.Add(
                customerCode, role, ctx.Names.Person(), "2", ctx.Ids.NextResidentId(region, 1955, 1995),
                ctx.DateBetween(openedOn > ctx.FirstDate.AddYears(-3) ? openedOn : ctx.FirstDate.AddYears(-3), ctx.FirstDate.AddDays(-1)));
        }
    }

    /// <summary>Up to six holders whose ratios sum to at most 100 % (LJX-004), all of one structure date (LJX-005).</summary>
    private void WriteShareholders(CorporateCustomer customer)
    {
        var ctx = Ctx;
        var count = ctx.Random.Number(1, 6);
        var total = Money.RoundHalfUp((decimal)ctx.Random.Double(50, 100), 4);
        var weights = Enumerable.Range(0, count).Select(_ => ctx.Random.Double(0.2, 1.0)).ToArray();
        var sum = weights.Sum();
        var date = ctx.DateBetween(ctx.FirstDate.AddYears(-2), ctx.FirstDate.AddDays(-1));
        var given = 0m;
        for (var i = 0; i < count; i++)
        {
            var ratio = i == count - 1 ? total - given : Math.Max(0.0001m, Math.Round(total * (decimal)(weights[i] / sum), 4, MidpointRounding.ToZero));
            given += ratio;
            if (ctx.Chance(0.6))
            {
                ctx.Tables.Shareholder.Add(customer.Code, ctx.Names.Company(), "1", ctx.Ids.NextUscc(ctx.Pick(ctx.DomesticRegions)), ratio, date);
            }
            else
            {
                ctx.Tables.Shareholder.Add(customer.Code, ctx.Names.Person(), "2", ctx.Ids.NextResidentId(ctx.Pick(ctx.DomesticRegions), 1950, 1990), ratio, date);
            }
        }
    }

    private void WriteRelatedEnterprises(CorporateCustomer customer)
    {
        var ctx = Ctx;
        var count = ctx.Random.Number(0, 5);
        for (var i = 0; i < count; i++)
        {
            ctx.Tables.Enterprise.Add(
                customer.Code, ctx.Names.Company(), ctx.Ids.NextUscc(ctx.Pick(ctx.DomesticRegions)), ctx.Random.Number(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
