namespace RiskReporting.Core.State;

/// <summary>
/// What a batch was built with and a correction of it must keep (issue #13): the institution code ORG and the scope threshold of
/// large exposures in 万元 (Extraction:LargeExposureThresholdWan).
/// </summary>
public sealed record BatchParameters(string Org, decimal LargeExposureThresholdWan);
