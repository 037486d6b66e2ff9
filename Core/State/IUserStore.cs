namespace RiskReporting.Core.State;

/// <summary>The people who act in the engine and their roles.</summary>
public interface IUserStore
{
    /// <summary>Adds a user, or changes the role of an existing one; both are audited.</summary>
    Task SaveUserAsync(UserAccount user, string actor, CancellationToken cancellationToken = default);

    Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default);
}
