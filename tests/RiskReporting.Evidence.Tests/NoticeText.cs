using RiskReporting.Core.Text;

namespace RiskReporting.Evidence.Tests;

/// <summary>Notices written as the regulator sends them: GB18030, CRLF.</summary>
public static class NoticeText
{
    public const string Org = "B0001H111000001";

    public const string Name = "B0001H111000001_YZXFK_20261031_01_01";

    public static readonly string[] Items =
    [
        "D0001|KH-ASSET|KH0000000001|北京同创电力集团有限公司|B3P1|TOTAL_ASSETS|186441.02|91630000000079193P|工商年报总资产186000.00万元|180000.00|B0001B11000000001",
        "D0002|KH-USCC-NAME|KH0000000003|济南鑫源置业股份有限公司|B3P1|CUST_NAME|济南鑫源置业股份有限公司|91150000001346230M|企业名称：济南鑫源置业有限公司||B0001B31000000002",
        "D0003|KH-USCC-NAME|ZZ0000000999|未知公司|B3P1|USCC|91110000000000000X|91110000000000000X|另一银行报送名称不同||B0001B31000000002",
        "D0004|KH-USCC-NAME|ZZ0000000998|未知公司二|B3P1|USCC|91110000000000001X|91110000000000001X|他行报送名称不同||B9999B99999999999",
    ];

    public static string Header(int count) => $"YZXFK|{Org}|20261031|01|01|20261110|20261120|{count}";

    public static string Write(string folder, IEnumerable<string> lines, string? name = null)
    {
        var path = Path.Combine(folder, (name ?? Name) + ".txt");
        File.WriteAllBytes(path, Gb18030.Encoding.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        return path;
    }

    public static string WriteStandard(string folder) => Write(folder, [Header(Items.Length), .. Items]);
}
