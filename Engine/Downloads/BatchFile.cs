namespace RiskReporting.Engine.Downloads;

/// <summary>A file of a batch a user may take away: where it is, the name it is offered under, and its media type.</summary>
public sealed record BatchFile(string Path, string Name, string ContentType);
