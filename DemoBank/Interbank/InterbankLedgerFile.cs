using System.Globalization;
using System.IO.Abstractions;
using System.Text;

namespace RiskReporting.DemoBank.Interbank;

/// <summary>
/// Writes TYYWTZ_{period}.csv as the financial-markets department's spreadsheet saves it: UTF-8 with a
/// byte-order mark, CRLF, the header of interbank-ledger.md. Written to a temporary name, then renamed.
/// </summary>
public static class InterbankLedgerFile
{
    public const string Header = "交易编号,交易对手客户代码,交易对手名称,业务类型,币种,余额,起息日,到期日,经办机构";

    public static string FileName(Core.Periods.ReportingPeriod period) => $"TYYWTZ_{period}.csv";

    public static void Write(IFileSystem fileSystem, string path, IEnumerable<(FinancialInstitution Institution, Deal Deal)> deals, int periodIndex)
    {
        var temporary = path + ".tmp";
        using (var stream = fileSystem.File.Create(temporary))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            writer.NewLine = "\r\n";
            writer.WriteLine(Header);
            foreach (var (institution, deal) in deals)
            {
                if (deal.Balances[periodIndex] is not { } balance)
                {
                    continue;
                }

                writer.WriteLine(string.Join(',',
                    deal.DealNo,
                    institution.Code,
                    Quote(institution.Name),
                    deal.BusinessType,
                    deal.Currency,
                    balance.ToString("0.00", CultureInfo.InvariantCulture),
                    deal.ValueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    deal.MaturityDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                    deal.Branch));
            }
        }

        fileSystem.File.Move(temporary, path, overwrite: true);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
