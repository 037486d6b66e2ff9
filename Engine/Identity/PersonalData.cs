using RiskReporting.Core.Reports;
using RiskReporting.Core.State;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// What a role may see of people (issue #14): operators and auditors see ID numbers and person names in full;
/// every other role sees ID numbers as findings.csv shows them (first 6 and last 4) and names reduced to their
/// first character. Every name field is masked, a company's too: a part does not always say whether its name is
/// a person's, and showing a branch or IT operations a company's full name is not needed for their work.
/// A branch user sees only findings of its own branch.
/// </summary>
public static class PersonalData
{
    private static readonly HashSet<string> IdFields = new(StringComparer.Ordinal) { "ID_NO", "GUARANTOR_ID_NO" };

    private static readonly HashSet<string> NameFields = new(StringComparer.Ordinal) { "CUST_NAME", "PERSON_NAME", "GUARANTOR_NAME", "MEMBER_NAME", "NAME" };

    public static string Shown(Actor actor, string field, string value)
    {
        if (Roles.SeesPersonalData(actor) || string.IsNullOrEmpty(value))
        {
            return value;
        }

        return IdFields.Contains(field) ? FindingsFile.Mask(value) : NameFields.Contains(field) ? value[..1] + new string('*', Math.Max(1, value.Length - 1)) : value;
    }

    public static StoredFinding Shown(Actor actor, StoredFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding with { Value = Shown(actor, finding.Field, finding.Value), Key = ShownKey(actor, finding.Part, finding.Key) };
    }

    /// <summary>An override as the actor may see it: its value and record key masked as findings are.</summary>
    public static Override Shown(Actor actor, Override adjustment)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        return adjustment with { Value = Shown(actor, adjustment.Field, adjustment.Value), Key = ShownKey(actor, adjustment.Part, adjustment.Key) };
    }

    /// <summary>A record key as the actor may see it: a key field that is a name or an ID number (B3P2's PERSON_NAME) is masked as the field is.</summary>
    public static string ShownKey(Actor actor, string part, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Roles.SeesPersonalData(actor) || ReportParts.All.FirstOrDefault(p => p.Code == part) is not { } definition)
        {
            return key;
        }

        var segments = key.Split('|');
        return segments.Length != definition.KeyIndexes.Count
            ? key
            : string.Join('|', segments.Select((segment, i) => Shown(actor, definition.Fields[definition.KeyIndexes[i]].Name, segment)));
    }

    /// <summary>Whether the actor may see the finding: a branch user its own branch's only.</summary>
    public static bool Visible(Actor actor, StoredFinding finding)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(finding);
        return actor.BranchCode is not { } branch || finding.Branch == branch;
    }
}
