using Bogus;

namespace RiskReporting.DemoBank.Names;

/// <summary>
/// Names in the form Chinese registries use: city + trade name + line of business + legal form for
/// companies, surname + given name for people.
/// </summary>
public sealed class ChineseNames(Faker faker)
{
    private static readonly string[] Cities =
        ["北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "南京", "苏州", "武汉", "成都", "西安", "长沙", "郑州", "济南", "青岛",
         "合肥", "福州", "厦门", "南昌", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "昆明", "贵阳", "南宁", "兰州", "宁波", "无锡"];

    private static readonly string[] TradeNames =
        ["华信", "恒通", "中盛", "鑫源", "远东", "天合", "宏泰", "金桥", "瑞丰", "汇丰", "永安", "安达", "博远", "德隆", "方正", "光明",
         "海川", "和裕", "华顺", "嘉通", "锦程", "凯旋", "蓝天", "利达", "隆基", "美佳", "南鸿", "鹏程", "启航", "荣盛", "润华", "盛世",
         "泰和", "同创", "万通", "伟业", "新通", "兴业", "亚泰", "银鼎", "元亨", "中鑫", "卓兴", "正大", "智远", "东方", "华夏", "长江"];

    private static readonly string[] Businesses =
        ["实业", "贸易", "科技", "建设", "能源", "化工", "电子", "机械", "物流", "港务", "置业", "食品", "纺织", "医药", "农业发展", "新材料",
         "汽车部件", "钢铁", "环保", "信息技术", "建材", "电力", "矿业", "航运"];

    private static readonly string[] LegalForms = ["有限公司", "有限责任公司", "股份有限公司", "集团有限公司"];

    private static readonly string[] GroupForms = ["集团", "控股集团", "产业集团", "实业集团"];

    private static readonly string[] OverseasNames =
        ["GLOBAL RESOURCES LIMITED", "ORIENT TRADING LIMITED", "PACIFIC HOLDINGS LTD", "HARBOUR VIEW INVESTMENT LIMITED",
         "SILVER BAY SHIPPING CO LTD", "GREAT WALL CAPITAL LIMITED", "NORTH STAR ENERGY PTE LTD", "EVERBRIGHT METALS INC"];

    public string Company() =>
        faker.PickRandom(Cities) + faker.PickRandom(TradeNames) + faker.PickRandom(Businesses) + faker.PickRandom(LegalForms);

    public string Group() => faker.PickRandom(Cities) + faker.PickRandom(TradeNames) + faker.PickRandom(GroupForms);

    public string OverseasCompany() => faker.PickRandom(OverseasNames);

    public string Person() => faker.Name.LastName() + faker.Name.FirstName();
}
