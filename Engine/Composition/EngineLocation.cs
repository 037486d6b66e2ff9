namespace RiskReporting.Engine.Composition;

/// <summary>The folder relative paths of the configuration are resolved against.</summary>
/// <param name="ReadsOnly">The host only reads (status, findings, trace, …): a state store that is not there is refused, not created.</param>
public sealed record EngineLocation(string BaseDirectory, bool ReadsOnly = false);
