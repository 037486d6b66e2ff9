namespace RiskReporting.Engine.Composition;

/// <summary>The folder relative paths of the configuration are resolved against.</summary>
public sealed record EngineLocation(string BaseDirectory);
