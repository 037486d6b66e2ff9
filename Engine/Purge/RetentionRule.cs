namespace RiskReporting.Engine.Purge;

/// <summary>One line of retention.csv: a kind of record, how many years it is kept, and what it is.</summary>
public sealed record RetentionRule(string Kind, int Years, string What);
