namespace RiskReporting.Identity.Directory;

/// <summary>The bank's directory: proves a user's password by binding as them (a seam so that tests use a real server or none).</summary>
public interface IDirectoryAuthenticator
{
    /// <summary>True when the directory accepts the password; false when it refuses it. A directory that cannot be reached throws <see cref="DirectoryUnavailableException"/>.</summary>
    Task<bool> BindAsync(string userName, string password, CancellationToken cancellationToken = default);
}
