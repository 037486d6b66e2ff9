namespace RiskReporting.Store;

/// <summary>
/// What the web portal keeps in the state store so that several instances serve the same users: the
/// data-protection key ring and server-side session tickets (migration 0009, ADR 0013). The store holds
/// opaque text; protecting it is the portal's concern.
/// </summary>
public interface IPortalStore
{
    /// <summary>Every key of the ring, as the XML elements the data-protection system wrote, oldest first.</summary>
    Task<IReadOnlyList<string>> PortalKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a key; a key name already stored is left as it is (keys are immutable once written).</summary>
    Task SavePortalKeyAsync(string keyName, string xml, CancellationToken cancellationToken = default);

    /// <summary>Stores or replaces a session ticket with its expiry.</summary>
    Task SavePortalSessionAsync(PortalSession session, CancellationToken cancellationToken = default);

    /// <summary>The session with this id, unless it is missing or expired at the store's clock.</summary>
    Task<PortalSession?> FindPortalSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    Task RemovePortalSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Removes every expired session; returns how many.</summary>
    Task<int> PurgeExpiredPortalSessionsAsync(CancellationToken cancellationToken = default);
}
