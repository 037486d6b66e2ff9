namespace RiskReporting.Extraction;

/// <summary>A fault that stops extraction (a missing exchange rate, a source table that fails its contract): the run fails with this message.</summary>
public sealed class ExtractionException(string message, Exception? inner = null) : Exception(message, inner);
