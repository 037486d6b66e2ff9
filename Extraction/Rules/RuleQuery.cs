namespace RiskReporting.Extraction.Rules;

/// <summary>One extraction rule: the query of a canonical row set, from a file IT operations maintain.</summary>
public sealed record RuleQuery(string Name, string File, string Sql);
