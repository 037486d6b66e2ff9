using RiskReporting.Core.Snapshots;
using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Codes;
using RiskReporting.Core.Periods;

namespace RiskReporting.Extraction.Ledger;

/// <summary>
/// Reads TYYWTZ_{P}.csv from the inbox as interbank-ledger.md specifies: encoding by <see cref="LedgerEncoding"/>
/// (a BOM means UTF-8; without one, valid UTF-8 or else GB18030); the nine columns in any order; every wrong row reported with
/// line, column and reason, and nothing imported unless the whole file is right.
/// </summary>
public sealed class InterbankLedgerReader(IFileSystem fileSystem)
{
    public static readonly string[] Columns = ["交易编号", "交易对手客户代码", "交易对手名称", "业务类型", "币种", "余额", "起息日", "到期日", "经办机构"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>The ledger file of the period in the inbox, or null while it has not arrived.</summary>
    public string? Find(string inbox, ReportingPeriod period)
    {
        var csv = fileSystem.Path.Combine(inbox, $"TYYWTZ_{period}.csv");
        var xlsx = fileSystem.Path.Combine(inbox, $"TYYWTZ_{period}.xlsx");
        return (fileSystem.File.Exists(csv), fileSystem.File.Exists(xlsx)) switch
        {
            (true, true) => throw new LedgerImportException(csv, [new LedgerProblem(0, string.Empty, $"{csv} 和 {xlsx} 同时存在 (both exist)：请移除不是台账的那个")]),
            (true, false) => csv,
            (false, true) => xlsx,
            _ => null,
        };
    }

    public IReadOnlyList<LedgerRow> Read(string path, Func<string, bool> isKnownBranch)
    {
        var records = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxRecords(path)
            : CsvRecords.Parse(LedgerEncoding.Decode(path, fileSystem.File.ReadAllBytes(path))).ToList();
        while (records.Count > 0 && records[^1].Fields is [""])
        {
            records.RemoveAt(records.Count - 1);
        }

        var problems = new List<LedgerProblem>();
        if (records.Count == 0)
        {
            throw new LedgerImportException(path, [new LedgerProblem(1, string.Empty, "文件为空 (empty)：应有表头 " + string.Join(',', Columns))]);
        }

        var index = ReadHeader(records[0].Fields, problems);
        var rows = new List<LedgerRow>();
        if (index is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (line, fields) in records.Skip(1))
            {
                var row = ReadRow(line, fields, index, seen, isKnownBranch, problems);
                if (row is not null)
                {
                    rows.Add(row);
                }
            }
        }

        return problems.Count > 0 ? throw new LedgerImportException(path, problems) : rows;
    }

    /// <summary>The first worksheet's rows, cells as the CSV would hold them: date cells as YYYY-MM-DD, numbers in invariant form.</summary>
    private List<(int Line, List<string> Fields)> XlsxRecords(string path)
    {
        using var stream = fileSystem.File.OpenRead(path);
        var rows = new List<(int, List<string>)>();
        var line = 0;
        try
        {
            foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
            {
                line++;
                rows.Add((line, [.. row.Values.Select(Cell)]));
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new LedgerImportException(path, [new LedgerProblem(0, string.Empty, "不是可读取的 XLSX 工作簿 (not a readable XLSX workbook)：" + e.Message)]);
        }

        // A sheet's used range can end in empty cells; a trailing empty cell is not a field.
        return [.. rows.Select(r => (r.Item1, r.Item2.Count > Columns.Length && r.Item2.Skip(Columns.Length).All(f => f.Length == 0) ? r.Item2.Take(Columns.Length).ToList() : r.Item2))
            .Select(r => (r.Item1, r.Item2.All(f => f.Length == 0) ? new List<string> { string.Empty } : r.Item2))];
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => ((decimal)number).ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    private static Dictionary<string, int>? ReadHeader(List<string> header, List<LedgerProblem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!Columns.Contains(name))
            {
                problems.Add(new LedgerProblem(1, name, "未知列 (unknown column)"));
            }
            else if (!index.TryAdd(name, i))
            {
                problems.Add(new LedgerProblem(1, name, "列重复 (column appears twice)"));
            }
        }

        foreach (var missing in Columns.Where(c => !index.ContainsKey(c)))
        {
            problems.Add(new LedgerProblem(1, missing, "缺少此列 (column is missing)"));
        }

        return problems.Count == 0 ? index : null;
    }

    private static LedgerRow? ReadRow(int line, List<string> fields, Dictionary<string, int> index, HashSet<string> seen, Func<string, bool> isKnownBranch, List<LedgerProblem> problems)
    {
        if (fields.Count != Columns.Length)
        {
            problems.Add(new LedgerProblem(line, string.Empty, $"有 {fields.Count} 个字段，应为 {Columns.Length} 个 (fields)"));
            return null;
        }

        var before = problems.Count;
        string Field(string column) => fields[index[column]].Trim();
        void Problem(string column, string reason) => problems.Add(new LedgerProblem(line, column, reason));

        var deal = Field("交易编号");
        if (deal.Length is 0 or > 60) Problem("交易编号", "须为 1–60 个字符");
        else if (!seen.Add(deal)) Problem("交易编号", $"'{deal}' 与前面的交易编号重复 (repeats an earlier deal number)");
        var counterparty = Field("交易对手客户代码");
        if (counterparty.Length is 0 or > 32) Problem("交易对手客户代码", "须为 1–32 个字符");
        var name = Field("交易对手名称");
        if (name.Length is 0 or > 200) Problem("交易对手名称", "须为 1–200 个字符");
        var type = Field("业务类型");
        type = type.Length == 1 ? "0" + type : type;
        if (!CodeLists.Embedded["ledger_business_type"].Contains(type)) Problem("业务类型", $"'{Field("业务类型")}' 不是业务类型 01–09");
        var currency = Field("币种");
        if (!CodeLists.Embedded["currency"].Contains(currency)) Problem("币种", $"'{currency}' 不是币种代码 (currency code)");
        var balance = Amount(Field("余额"), reason => Problem("余额", reason));
        var valueDate = Date(Field("起息日"), reason => Problem("起息日", reason));
        var maturityText = Field("到期日");
        var maturity = maturityText.Length == 0 ? null : Date(maturityText, reason => Problem("到期日", reason));
        var branch = Field("经办机构");
        if (!isKnownBranch(branch)) Problem("经办机构", $"'{branch}' 不是本行机构 (not a branch of the bank)");

        return problems.Count > before ? null : new LedgerRow(line, deal, counterparty, name, type, currency, balance!.Value, valueDate!.Value, maturity, branch);
    }

    private static decimal? Amount(string text, Action<string> problem)
    {
        var plain = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            problem($"'{text}' 不是数字 (not a number)");
            return null;
        }

        if (value < 0)
        {
            problem($"'{text}' 为负数 (negative)");
            return null;
        }

        if (decimal.Round(value, 2) != value)
        {
            problem($"'{text}' 超过 2 位小数");
            return null;
        }

        return value;
    }

    private static DateOnly? Date(string text, Action<string> problem)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problem($"'{text}' 不是日期 (not a date)：应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYYMMDD");
        return null;
    }
}
