namespace RiskReporting.Portal.Identity;

/// <summary>An accepted login: who it is and the engine session the portal's ticket refers to.</summary>
public sealed record SignedIn(PortalUser User, string SessionToken);
