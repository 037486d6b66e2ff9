using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// Which customer or group each finding is about, read from the period's records: the record's own code and
/// name (CUST_CODE/CUST_NAME, MEMBER_CODE/MEMBER_NAME for B1P2 and B2P3, GROUP_CODE/GROUP_NAME for B2P1,
/// CUST_NO/NAME for B5), and for B3P2, B3P3 and B4 the customer's name from B3P1. B5 borrowers are persons:
/// only the first character of their name is shown. Only the parts and keys that carry a finding are read.
/// </summary>
public static class FindingCustomers
{
    public static IReadOnlyDictionary<(string Part, string Key), FindingCustomer> Of(PeriodSnapshot snapshot, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var wanted = findings.GroupBy(f => f.Part, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var result = new Dictionary<(string Part, string Key), FindingCustomer>();
        var unnamed = new List<((string Part, string Key) At, string Code)>();
        foreach (var (part, keys) in wanted)
        {
            foreach (var record in snapshot[part].Where(r => keys.Contains(r.Key)))
            {
                var (code, name) = Subject(record);
                if (name is null)
                {
                    unnamed.Add(((part, record.Key), code));
                }

                result.TryAdd((part, record.Key), new FindingCustomer(code, name ?? string.Empty));
            }

            // A customer- or group-level rule whose record is gone (TS-KQ-004: last month's customer) still names its code.
            if (part is "B3P1" or "B2P1")
            {
                foreach (var key in keys.Where(k => k.Length > 0 && !result.ContainsKey((part, k))))
                {
                    result[(part, key)] = new FindingCustomer(key, string.Empty);
                }
            }
        }

        NameFromB3P1(snapshot, unnamed, result);
        return result;
    }

    private static (string Code, string? Name) Subject(ReportRecord record) => record.Part.Code switch
    {
        "B1P2" or "B2P3" => (record["MEMBER_CODE"], record["MEMBER_NAME"]),
        "B2P1" => (record["GROUP_CODE"], record["GROUP_NAME"]),
        "B5" => (record["CUST_NO"], PersonName(record["NAME"])),
        "B3P2" or "B3P3" or "B4" => (record["CUST_CODE"], null),
        _ => (record["CUST_CODE"], record["CUST_NAME"]),
    };

    /// <summary>A person's name shown by its first character only (the workbook travels by mail to branches).</summary>
    private static string PersonName(string name) => name.Length <= 1 ? name : name[..1] + new string('*', name.Length - 1);

    private static void NameFromB3P1(PeriodSnapshot snapshot, List<((string Part, string Key) At, string Code)> unnamed, Dictionary<(string Part, string Key), FindingCustomer> result)
    {
        if (unnamed.Count == 0)
        {
            return;
        }

        var codes = unnamed.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var names = snapshot["B3P1"].Where(r => codes.Contains(r["CUST_CODE"]))
            .GroupBy(r => r["CUST_CODE"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()["CUST_NAME"], StringComparer.Ordinal);
        foreach (var (at, code) in unnamed)
        {
            result[at] = new FindingCustomer(code, names.GetValueOrDefault(code, string.Empty));
        }
    }
}
