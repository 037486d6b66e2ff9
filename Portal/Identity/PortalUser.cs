namespace RiskReporting.Portal.Identity;

/// <summary>The authenticated user as the portal shows it: the name and the role in the engine's words (operator, itops, auditor, admin, branch:CODE).</summary>
public sealed record PortalUser(string Name, string Role);
