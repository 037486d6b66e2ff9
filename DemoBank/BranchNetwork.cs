using System.Globalization;
using Bogus;
using RiskReporting.DemoBank.Source;

namespace RiskReporting.DemoBank;

/// <summary>
/// Head office, provincial branches (分行) and sub-branches (支行). Branch numbers are the bank's own
/// six digits; bank codes are the 17-character statistics codes the regulator assigns.
/// </summary>
public sealed class BranchNetwork
{
    public const string HeadOffice = "000001";

    private static readonly (string Region, string City)[] BranchCities =
        [("110000", "北京"), ("310000", "上海"), ("120000", "天津"), ("440100", "广州"), ("440300", "深圳"), ("320100", "南京"),
         ("330100", "杭州"), ("420100", "武汉"), ("510100", "成都"), ("610100", "西安"), ("370200", "青岛"), ("350200", "厦门"),
         ("210200", "大连"), ("500000", "重庆"), ("320500", "苏州"), ("430000", "长沙"), ("410000", "郑州"), ("340000", "合肥"),
         ("360000", "南昌"), ("450000", "南宁"), ("520000", "贵阳"), ("530000", "昆明"), ("620000", "兰州"), ("130000", "石家庄"),
         ("140000", "太原"), ("220000", "长春"), ("230000", "哈尔滨"), ("150000", "呼和浩特"), ("460000", "海口"), ("640000", "银川"),
         ("630000", "西宁"), ("650000", "乌鲁木齐"), ("540000", "拉萨"), ("350000", "福州"), ("370000", "济南"), ("330000", "宁波")];

    private static readonly string[] SubBranchWords = ["城东", "城西", "城南", "城北", "高新", "开发区", "中山路", "人民路", "解放路", "滨江", "新区", "科技园"];

    private readonly List<string> _lending = [];

    public BranchNetwork(Randomizer random, DemoBankProfile profile, TableWriter writer)
    {
        writer.Add(HeadOffice, "B0001H11000000000", "总行营业部", null, "110000");
        _lending.Add(HeadOffice);
        var branches = new List<(string Code, string Region, string City)>();
        for (var i = 0; i < profile.Branches; i++)
        {
            var (region, city) = BranchCities[i % BranchCities.Length];
            var code = (100_001 + i).ToString(CultureInfo.InvariantCulture);
            var name = city + "分行" + (i < BranchCities.Length ? string.Empty : (i / BranchCities.Length + 1).ToString(CultureInfo.InvariantCulture));
            writer.Add(code, BankCode('B', region, 1 + i), name, HeadOffice, region);
            branches.Add((code, region, city));
            _lending.Add(code);
        }

        for (var i = 0; i < profile.SubBranches; i++)
        {
            var parent = branches[random.Number(0, branches.Count - 1)];
            var code = (200_001 + i).ToString(CultureInfo.InvariantCulture);
            var name = parent.City + SubBranchWords[i % SubBranchWords.Length] + "支行" + (i / SubBranchWords.Length + 1).ToString(CultureInfo.InvariantCulture);
            writer.Add(code, BankCode('Z', parent.Region, 1_000 + i), name, parent.Code, parent.Region);
            _lending.Add(code);
        }

        Codes = _lending;
    }

    /// <summary>Every branch number, head office first.</summary>
    public IReadOnlyList<string> Codes { get; }

    public string Any(Randomizer random) => _lending[random.Number(0, _lending.Count - 1)];

    /// <summary>A managing branch for a customer: any branch but head office, which books only treasury business.</summary>
    public string Managing(Randomizer random) => _lending.Count == 1 ? HeadOffice : _lending[random.Number(1, _lending.Count - 1)];

    private static string BankCode(char kind, string region, int sequence) =>
        "B0001" + kind + region[..2] + sequence.ToString("D9", CultureInfo.InvariantCulture);
}
