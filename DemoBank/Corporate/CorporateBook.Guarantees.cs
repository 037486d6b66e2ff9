
namespace RiskReporting.DemoBank.Corporate;

public sealed partial class CorporateBook
{
    /// <summary>
    /// A guarantee contract securing one business contract. Collateral pledged by the borrower itself is
    /// marked not third-party and carries the borrower's USCC (LJX-010); a group member's guarantor is
    /// often its parent company.
    /// </summary>
    private void WriteGuarantee(CorporateCustomer borrower, string contractNo, string guarMode, decimal amount, string currency, CorporateCustomer? parent)
    {
        var ctx = Ctx;
        var number = ctx.Next("DB", 12);
        var value = Math.Round(amount * (decimal)ctx.Random.Double(1.0, 2.0) / 100m, 0) * 100m;
        var selfSecured = guarMode != "3" && !borrower.Overseas && ctx.Chance(0.6);
        string type = guarMode switch
        {
            "1" => "2",
            "2" => "1",
            _ => ctx.Random.Double() switch { < 0.75 => "3", < 0.9 => "4", _ => "5" },
        };
        if (selfSecured)
        {
            ctx.Tables.Guarantee.Add(number, type, borrower.Name, "1", borrower.Uscc, currency, value, "2");
        }
        else if (parent is not null && parent.Uscc is not null && parent.Code != borrower.Code && ctx.Chance(0.6))
        {
            ctx.Tables.Guarantee.Add(number, type, parent.Name, "1", parent.Uscc, currency, value, "1");
        }
        else if (ctx.Chance(0.6))
        {
            ctx.Tables.Guarantee.Add(number, type, ctx.Names.Company(), "1", ctx.Ids.NextUscc(ctx.Pick(ctx.DomesticRegions)), currency, value, "1");
        }
        else
        {
            ctx.Tables.Guarantee.Add(number, type, ctx.Names.Person(), "2", ctx.Ids.NextResidentId(ctx.Pick(ctx.DomesticRegions), 1955, 1990), currency, value, "1");
        }

        ctx.Tables.GuaranteeLink.Add(number, contractNo);
    }
}
