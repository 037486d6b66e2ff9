namespace RiskReporting.Engine.Archive;

/// <summary>One file of an archived batch and its SHA-256 when it was filed.</summary>
public sealed record ArchivedFile(string Name, string Sha256);
