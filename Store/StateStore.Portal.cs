namespace RiskReporting.Store;

public abstract partial class StateStore : IPortalStore
{
    public async Task<IReadOnlyList<string>> PortalKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT xml FROM portal_keys ORDER BY created_at, key_name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task SavePortalKeyAsync(string keyName, string xml, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "INSERT INTO portal_keys (key_name, xml, created_at) VALUES (@n, @x, @t) ON CONFLICT (key_name) DO NOTHING",
            cancellationToken, ("n", keyName), ("x", xml), ("t", Now()));
    }

    public async Task SavePortalSessionAsync(PortalSession session, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "INSERT INTO portal_sessions (session_id, ticket, expires_at, renewed_at) VALUES (@id, @ticket, @expires, @now) " +
            "ON CONFLICT (session_id) DO UPDATE SET ticket = excluded.ticket, expires_at = excluded.expires_at, renewed_at = excluded.renewed_at",
            cancellationToken,
            ("id", session.SessionId),
            ("ticket", session.Ticket),
            ("expires", Format(session.ExpiresAt)),
            ("now", Now()));
    }

    public async Task<PortalSession?> FindPortalSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT ticket, expires_at FROM portal_sessions WHERE session_id = @id AND expires_at > @now",
            ("id", sessionId), ("now", Now()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PortalSession(sessionId, reader.GetString(0), Parse(reader.GetString(1)))
            : null;
    }

    public async Task RemovePortalSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM portal_sessions WHERE session_id = @id", cancellationToken, ("id", sessionId));
    }

    public async Task<int> PurgeExpiredPortalSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM portal_sessions WHERE expires_at <= @now", ("now", Now()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
