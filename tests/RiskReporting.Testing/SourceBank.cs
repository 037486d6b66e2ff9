using System.Globalization;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Identifiers;
using RiskReporting.Core.Spec;

namespace RiskReporting.Testing;

/// <summary>
/// A hand-made core-system database in the reference schema (run from the spec's DDL as shipped), for
/// tests that state only the fields they are about. Defaults: data date 2026-10-31, branch 100001,
/// CNY, lines active over the whole year, loans issued in January and of class 1.
/// </summary>
public sealed class SourceBank : IDisposable
{
    public const string Branch = "100001";
    public const string BankCode = "B0001B11000000001";

    private readonly SqliteConnection _connection;
    private int _sequence;

    public SourceBank(string path, DateOnly? dataDate = null)
    {
        Path = path;
        D = dataDate ?? new DateOnly(2026, 10, 31);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute(SpecResources.SourceSchemaSql);
        Insert("branch", ("branch_code", "000001"), ("bank_code", "B0001H11000000000"), ("branch_name", "总行营业部"), ("region_code", "110000"));
        Insert("branch", ("branch_code", Branch), ("bank_code", BankCode), ("branch_name", "北京分行"), ("parent_code", "000001"), ("region_code", "110000"));
    }

    public string Path { get; }

    public DateOnly D { get; }

    public string Customer(string code, string? name = null, string country = "CHN", string? closedOn = null, string kind = "CORP", string customerClass = "A2")
    {
        var domestic = country == "CHN";
        Insert("customer", ("cust_code", code), ("cust_name", name ?? "测试" + code + "有限公司"), ("cust_kind", kind), ("uscc", domestic ? UsccFor(++_sequence) : null),
            ("country", country), ("region_code", domestic ? "110000" : null), ("cust_class", customerClass), ("industry", "C3011"), ("related_flag", "2"),
            ("branch_code", Branch), ("opened_on", "2010-01-01"), ("closed_on", closedOn));
        return code;
    }

    public void Line(string creditNo, string holder, decimal limit, string holderKind = "CUST", string currency = "CNY", string start = "2026-01-01", string end = "2027-12-31", string status = "ACTIVE") =>
        Insert("credit_line", ("credit_no", creditNo), ("holder_kind", holderKind), ("holder_code", holder), ("currency", currency), ("limit_amount", limit),
            ("start_date", start), ("end_date", end), ("status", status));

    public void Split(string creditNo, string customer, decimal limit) =>
        Insert("credit_line_split", ("credit_no", creditNo), ("cust_code", customer), ("limit_amount", limit));

    public void Group(string code, string name = "测试集团", string creditType = "1") =>
        Insert("customer_group", ("group_code", code), ("group_name", name), ("credit_type", creditType), ("region_code", "110000"), ("branch_code", Branch), ("recognised_on", "2020-01-01"));

    public void Member(string group, string customer, string memberType = "2", string parentFlag = "2", string joined = "2020-01-01", string? left = null) =>
        Insert("group_member", ("group_code", group), ("cust_code", customer), ("member_type", memberType), ("parent_flag", parentFlag), ("joined_on", joined), ("left_on", left));

    public void Loan(string receipt, string customer, decimal balance, string? creditNo = null, string currency = "CNY", decimal? issueAmount = null, string contract = "")
    {
        Insert("loan", ("receipt_no", receipt), ("contract_no", contract.Length > 0 ? contract : "HT-" + receipt), ("cust_code", customer), ("credit_no", creditNo),
            ("branch_code", Branch), ("loan_type", "1"), ("currency", currency), ("issue_date", "2026-01-15"), ("maturity_date", "2028-01-15"),
            ("issue_amount", issueAmount ?? balance), ("guar_mode", "4"), ("industry", "C3011"));
        Insert("loan_month_end", ("as_of", Text(D)), ("receipt_no", receipt), ("balance", balance), ("five_class", "1"));
    }

    public void Rate(string currency, decimal cnyPerUnit, DateOnly? date = null) =>
        Insert("fx_rate", ("rate_date", Text(date ?? D)), ("currency", currency), ("cny_per_unit", cnyPerUnit));

    /// <summary>An empty ledger file for the period (header only), so that extraction does not wait for one.</summary>
    public string EmptyLedger(string inbox)
    {
        Directory.CreateDirectory(inbox);
        var file = System.IO.Path.Combine(inbox, $"TYYWTZ_{D:yyyyMM}.csv");
        File.WriteAllText(file, "交易编号,交易对手客户代码,交易对手名称,业务类型,币种,余额,起息日,到期日,经办机构\r\n");
        return inbox;
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Insert(string table, params (string Column, object? Value)[] values)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Select(v => v.Column))}) VALUES ({string.Join(", ", values.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), values[i].Value switch
            {
                null => DBNull.Value,
                decimal m => (double)m,
                var v => v,
            });
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string UsccFor(int sequence)
    {
        var body = (sequence * 7919 % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var first17 = "91110000" + body + OrganizationCode.CheckCharacter(body);
        return first17 + Uscc.CheckCharacter(first17);
    }
}
