namespace RiskReporting.Identity.Directory;

/// <summary>The LDAP server could not be reached or answered with an error other than "invalid credentials".</summary>
public sealed class DirectoryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
