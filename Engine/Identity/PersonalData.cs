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
        return finding with { Value = Shown(actor, finding.Field, finding.Value) };
    }

    /// <summary>Whether the actor may see the finding: a branch user its own branch's only.</summary>
    public static bool Visible(Actor actor, StoredFinding finding)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(finding);
        return actor.BranchCode is not { } branch || finding.Branch == branch;
    }
}
