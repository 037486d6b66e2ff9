using System.Globalization;

namespace RiskReporting.DemoBank.Interbank;

/// <summary>
/// Financial-institution customers and their month-end interbank deals. The deals are not in the core
/// system: the financial-markets department delivers them as the ledger file of interbank-ledger.md.
/// </summary>
public sealed class InterbankBook(GenerationContext context, Corporate.CorporateBook corporates)
{
    private static readonly (string Name, string Category)[] KnownInstitutions =
        [("国家开发银行", "2"), ("中国进出口银行", "1"), ("中国农业发展银行", "1"), ("中国工商银行股份有限公司", "3"), ("中国农业银行股份有限公司", "3"),
         ("中国银行股份有限公司", "3"), ("中国建设银行股份有限公司", "3"), ("交通银行股份有限公司", "3"), ("招商银行股份有限公司", "4"),
         ("兴业银行股份有限公司", "4"), ("中信银行股份有限公司", "4"), ("上海浦东发展银行股份有限公司", "4"), ("中国民生银行股份有限公司", "4"),
         ("北京银行股份有限公司", "5"), ("南京银行股份有限公司", "5"), ("宁波银行股份有限公司", "5"), ("江苏银行股份有限公司", "5"),
         ("上海农村商业银行股份有限公司", "6"), ("中国邮政储蓄银行股份有限公司", "21"), ("中信证券股份有限公司", "22"), ("华泰证券股份有限公司", "22"),
         ("中国人寿保险股份有限公司", "24"), ("平安信托有限责任公司", "16"), ("工银金融租赁有限公司", "17"), ("中国华融资产管理股份有限公司", "26"),
         ("海尔集团财务有限责任公司", "15")];

    private static readonly string[] OverseasBanks = ["PACIFIC OCEAN BANK LIMITED", "EASTERN HARBOUR BANK LTD", "ASIA MERCHANT BANK PTE LTD"];

    private static readonly string[] Cities = ["苏州", "无锡", "常州", "温州", "绍兴", "台州", "泉州", "东莞", "佛山", "烟台", "潍坊", "洛阳", "宜昌", "绵阳"];

    private readonly List<(FinancialInstitution Institution, Deal[] Deals)> _books = [];

    public void WriteInstitutions(int count)
    {
        var ctx = context;
        for (var i = 0; i < count; i++)
        {
            var code = ctx.Next("TY", 10);
            string name;
            string category;
            var overseas = i % 13 == 12;
            if (overseas)
            {
                (name, category) = (OverseasBanks[i / 13 % OverseasBanks.Length], "27");
            }
            else if (i < KnownInstitutions.Length)
            {
                (name, category) = KnownInstitutions[i];
            }
            else
            {
                var city = Cities[i % Cities.Length];
                (name, category) = (i % 2 == 0 ? (city + "农村商业银行股份有限公司", "6") : (city + "银行股份有限公司", "5"));
            }

            var region = overseas ? null : ctx.Pick(ctx.DomesticRegions);
            var opened = ctx.DateBetween(new DateOnly(2000, 1, 1), ctx.FirstDate.AddYears(-1));
            ctx.Tables.Customer.Add(code, name, "FI", overseas ? null : ctx.Ids.NextUscc(region!), overseas ? "HKG" : "CHN", region, null, null,
                overseas ? null : ctx.Ids.NextFiCode(), category, "2", BranchNetwork.HeadOffice, opened, null);
            corporates.WriteOfficers(code, opened);
            _books.Add((new FinancialInstitution(code, name), WriteDeals()));
        }
    }

    /// <summary>Adds a deal booked against any counterparty code (the planter books one against a corporate customer).</summary>
    public void AddDeal(FinancialInstitution counterparty, Deal deal) => _books.Add((counterparty, [deal]));

    /// <summary>The deals of every institution, for the ledger file of each period.</summary>
    public IEnumerable<(FinancialInstitution Institution, Deal Deal)> Deals =>
        _books.SelectMany(b => b.Deals.Select(d => (b.Institution, d)));

    private Deal[] WriteDeals()
    {
        var ctx = context;
        var count = ctx.Random.Number(1, 5);
        var deals = new Deal[count];
        for (var i = 0; i < count; i++)
        {
            var type = ctx.Random.Number(1, 9).ToString("D2", CultureInfo.InvariantCulture);
            var value = ctx.DateBetween(ctx.FirstDate.AddYears(-1), ctx.FirstDate.AddDays(-1));
            DateOnly? maturity = type == "02" && ctx.Chance(0.6) ? null : ctx.DateBetween(ctx.LastDate.AddMonths(1), ctx.LastDate.AddYears(3));
            var balances = new decimal?[ctx.Periods.Count];
            var amount = ctx.LogUniform(10_000_000m, 3_000_000_000m);
            var first = ctx.Periods.Count > 1 && ctx.Chance(0.1) ? 1 : 0;
            for (var p = first; p < ctx.Periods.Count; p++)
            {
                balances[p] = ctx.Chance(0.02) ? 0m : Math.Round(amount * (decimal)ctx.Random.Double(0.9, 1.1), 2);
            }

            deals[i] = new Deal(ctx.Next("IB", 10), type, ctx.Chance(0.1) ? "USD" : "CNY", value, maturity, ctx.Chance(0.8) ? BranchNetwork.HeadOffice : ctx.Branches.Any(ctx.Random), balances);
        }

        return deals;
    }
}
