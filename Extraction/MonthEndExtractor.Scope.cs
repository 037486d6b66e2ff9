namespace RiskReporting.Extraction;

public sealed partial class MonthEndExtractor
{
    private readonly HashSet<string> _customersInScope = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupsInScope = new(StringComparer.Ordinal);

    /// <summary>
    /// report-tables.md "Scope": limit(c) = own active lines + splits under active lines of active groups;
    /// glimit(g) = g's active lines + its active members' own-line limits; exposures add items. A group is
    /// in scope at max(glimit, gexposure) ≥ T, a customer at max(limit, exposure) ≥ T or as an active
    /// member of an in-scope group. With T = 0 the maximum must also be positive.
    /// </summary>
    private void ComputeScope(Dictionary<string, decimal> exposures)
    {
        var ownLimit = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var splitLimit = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var groupLineLimit = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in _lines.Where(l => l.ActiveAt(D)))
        {
            if (line.HolderKind == "CUST")
            {
                ownLimit[line.HolderCode] = ownLimit.GetValueOrDefault(line.HolderCode) + Wan(line.Limit, line.Currency);
            }
            else if (line.HolderKind == "GROUP" && _groups.TryGetValue(line.HolderCode, out var group) && group.ActiveAt(D))
            {
                groupLineLimit[line.HolderCode] = groupLineLimit.GetValueOrDefault(line.HolderCode) + Wan(line.Limit, line.Currency);
            }
        }

        foreach (var split in _splits)
        {
            if (_linesByNumber.TryGetValue(split.CreditNo, out var line) && line.HolderKind == "GROUP" && line.ActiveAt(D)
                && _groups.TryGetValue(line.HolderCode, out var group) && group.ActiveAt(D))
            {
                splitLimit[split.Customer] = splitLimit.GetValueOrDefault(split.Customer) + Wan(split.Limit, line.Currency);
            }
        }

        foreach (var group in _groups.Values.Where(g => g.ActiveAt(D)))
        {
            var members = ActiveMembers(group.Code).ToList();
            var limit = groupLineLimit.GetValueOrDefault(group.Code) + members.Sum(m => ownLimit.GetValueOrDefault(m));
            var exposure = members.Sum(m => exposures.GetValueOrDefault(m));
            if (Reaches(Math.Max(limit, exposure)))
            {
                _groupsInScope.Add(group.Code);
                foreach (var member in members)
                {
                    if (_customers.TryGetValue(member, out var customer) && customer.Corporate)
                    {
                        _customersInScope.Add(member);
                    }
                }
            }
        }

        foreach (var customer in _customers.Values.Where(c => c.Corporate))
        {
            var limit = ownLimit.GetValueOrDefault(customer.Code) + splitLimit.GetValueOrDefault(customer.Code);
            if (Reaches(Math.Max(limit, exposures.GetValueOrDefault(customer.Code))))
            {
                _customersInScope.Add(customer.Code);
            }
        }
    }

    private bool Reaches(decimal value) => value >= settings.ThresholdWan && (settings.ThresholdWan > 0 || value > 0);
}
