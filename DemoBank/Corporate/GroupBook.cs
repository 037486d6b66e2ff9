namespace RiskReporting.DemoBank.Corporate;

/// <summary>
/// Group customers and supply chains: members with one parent (or one core member), a group line split
/// to the members that use it (LJX-008), members' own lines, and now and then a member that left.
/// </summary>
public sealed class GroupBook(GenerationContext context, CorporateBook corporates)
{
    /// <summary>Writes one group of <paramref name="memberCount"/> members (at least 2, TS-DQ-008); returns the customers written.</summary>
    public int WriteGroup(int memberCount, bool? supplyChainWanted = null, bool withLine = false)
    {
        var ctx = context;
        var supplyChain = supplyChainWanted ?? ctx.Chance(0.15);
        var overseasParent = supplyChainWanted is null && !supplyChain && ctx.Chance(0.03);
        var parent = corporates.CreateCustomer(overseas: overseasParent, customerClass: overseasParent ? null : ctx.Chance(0.5) ? "A1" : "A2");
        var members = new List<CorporateCustomer> { parent };
        for (var i = 1; i < memberCount; i++)
        {
            members.Add(corporates.CreateCustomer(branch: ctx.Chance(0.6) ? parent.Branch : null));
        }

        var code = ctx.Next("JT", 8);
        var recognised = ctx.DateBetween(ctx.FirstDate.AddYears(-5), ctx.FirstDate.AddMonths(-2));
        ctx.Tables.Group.Add(code, ctx.Names.Group(), supplyChain ? "2" : "1", parent.Region, parent.Branch, recognised, null);
        for (var i = 0; i < members.Count; i++)
        {
            var memberType = i == 0 || (!supplyChain && ctx.Chance(0.1)) ? "1" : "2";
            var parentFlag = i == 0 && !supplyChain ? "1" : "2";
            ctx.Tables.Member.Add(code, members[i].Code, memberType, parentFlag, ctx.DateBetween(recognised, ctx.FirstDate.AddMonths(-1)), null);
        }

        var written = members.Count;
        if (ctx.Chance(0.05))
        {
            var former = corporates.CreateCustomer();
            var joined = ctx.DateBetween(recognised, ctx.FirstDate.AddMonths(-6));
            ctx.Tables.Member.Add(code, former.Code, "2", "2", joined, joined.AddMonths(3));
            corporates.WriteBusiness(former, corporates.WriteOwnLines(former));
            written++;
        }

        if (ctx.Chance(0.05))
        {
            corporates.WriteSignal(code);
        }

        var splits = WriteGroupLine(code, members, withLine);
        foreach (var member in members)
        {
            var lines = corporates.WriteOwnLines(member);
            if (splits.TryGetValue(member.Code, out var split))
            {
                lines.Add(split);
            }

            corporates.WriteBusiness(member, lines, parent);
        }

        return written;
    }

    private Dictionary<string, CreditLine> WriteGroupLine(string groupCode, List<CorporateCustomer> members, bool always)
    {
        var ctx = context;
        var splits = new Dictionary<string, CreditLine>(StringComparer.Ordinal);
        if (!always && !ctx.Chance(0.9))
        {
            return splits;
        }

        var amounts = members.Where(_ => ctx.Chance(0.8)).Select(m => (Member: m, Amount: ctx.LogUniform(10_000_000m, 800_000_000m))).ToList();
        if (amounts.Count == 0)
        {
            amounts.Add((members[0], ctx.LogUniform(10_000_000m, 800_000_000m)));
        }

        var total = amounts.Sum(a => a.Amount);
        var line = corporates.WriteLine("JTSX", "GROUP", groupCode, "CNY", Math.Round(total * (decimal)ctx.Random.Double(1.0, 1.3) / 10_000m, 0) * 10_000m);
        foreach (var (member, amount) in amounts)
        {
            ctx.Tables.Split.Add(line.CreditNo, member.Code, amount);
            splits[member.Code] = line with { Limit = amount };
        }

        return splits;
    }
}
