using RiskReporting.Core.State;

namespace RiskReporting.Engine.Identity;

/// <summary>
/// Turns the name a host was given into an <see cref="Actor"/>. A stand-in until sessions exist (issue #14):
/// it believes the name and looks its role up in the user registry. Every host gets its actors here and
/// nowhere else, so replacing this class replaces how every door authenticates.
/// </summary>
public sealed class IdentityService(IStateStore store)
{
    /// <summary>The user the scheduler's runs are started by.</summary>
    public const string SchedulerName = "scheduler";

    /// <summary>A registered user; anyone else is refused.</summary>
    public async Task<Actor> ResolveAsync(string? name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RefusalException(RefusalCode.NotLoggedIn, "--user is required: the operator who acts (see `riskreport users list`).");
        }

        var account = await store.FindUserAsync(name, cancellationToken)
            ?? throw new RefusalException(RefusalCode.NotLoggedIn, $"'{name}' is not a user: add the user with `riskreport users add {name} --role ROLE`.");
        return new Actor(account.Name, account.Role);
    }

    /// <summary>
    /// Who starts a run or reads state: the registered user's role when the name is registered, else the bare
    /// name (runs and reads have never required a registered user; issue #14 closes this).
    /// </summary>
    public async Task<Actor> ResolveStarterAsync(string name, CancellationToken cancellationToken = default) =>
        await store.FindUserAsync(name, cancellationToken) is { } account ? new Actor(account.Name, account.Role) : new Actor(name, null);

    /// <summary>The scheduler's own identity, for the runs its jobs start.</summary>
    public Actor Scheduler { get; } = new(SchedulerName, null);
}
