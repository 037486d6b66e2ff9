using System.Data.Common;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>Credentials, lockout and sessions; each change and its audit entry in one transaction.</summary>
public abstract partial class StateStore
{
    public async Task<UserCredentials?> FindCredentialsAsync(string name, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("users.credentials"), r => new UserCredentials(
            new UserAccount(r.GetString(0), UserRole.Parse(r.GetString(1)), r.Time(2)), r.Text(3), r.Flag(4), r.Int32(5), r.NullableTime(6)),
            cancellationToken, ("n", name)) is [var found] ? found : null;

    public async Task<bool> AddUserAsync(UserAccount user, string? passwordHash, string actor, CancellationToken cancellationToken = default) =>
        await ChangeAuditedAsync(
            "INSERT INTO users (user_name, role, created_at, password_hash) SELECT CAST(@n AS TEXT), CAST(@r AS TEXT), CAST(@t AS TEXT), CAST(@h AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM users WHERE user_name = @n)",
            [("n", user.Name), ("r", user.Role.ToString()), ("t", Format(user.CreatedAt)), ("h", passwordHash)],
            new AuditEntry(Clock.GetUtcNow(), actor, "user.add", "user:" + user.Name, $"role={user.Role}；{(passwordHash is null ? "目录登录 (directory login)" : "已设密码 (password set)")}"),
            cancellationToken) == 1;

    public async Task<bool> AddFirstUserAsync(UserAccount user, string passwordHash, CancellationToken cancellationToken = default) =>
        await ChangeAuditedAsync(
            Sql("users.add-first"),
            [("n", user.Name), ("r", user.Role.ToString()), ("t", Format(user.CreatedAt)), ("h", passwordHash)],
            new AuditEntry(Clock.GetUtcNow(), user.Name, "user.init", "user:" + user.Name, $"第一个用户 (first user)；role={user.Role}；已设密码 (password set)"),
            cancellationToken) == 1;

    public async Task SetPasswordAsync(string name, string passwordHash, string actor, CancellationToken cancellationToken = default) =>
        await ChangeAuditedAsync(
            "UPDATE users SET password_hash = @h, failed_logins = 0, locked_until = NULL WHERE user_name = @n",
            [("h", passwordHash), ("n", name)],
            new AuditEntry(Clock.GetUtcNow(), actor, "user.password", "user:" + name, actor == name ? "用户本人修改 (changed by the user)" : "由 " + actor + " 设置 (set by)"),
            cancellationToken);

    public async Task SetRoleAsync(string name, UserRole role, string actor, CancellationToken cancellationToken = default)
    {
        var before = await FindCredentialsAsync(name, cancellationToken);
        await ChangeAuditedAsync(
            "UPDATE users SET role = @r WHERE user_name = @n",
            [("r", role.ToString()), ("n", name)],
            new AuditEntry(Clock.GetUtcNow(), actor, "user.role", "user:" + name, $"role={before?.Account.Role} -> {role}"),
            cancellationToken);
    }

    public async Task SetDisabledAsync(string name, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE users SET disabled = @d WHERE user_name = @n", cancellationToken, ("d", disabled ? 1 : 0), ("n", name));
        if (disabled)
        {
            await ExecuteAsync(connection, transaction, "UPDATE sessions SET revoked_at = @t WHERE user_name = @n AND revoked_at IS NULL", cancellationToken, ("t", Now()), ("n", name));
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(Clock.GetUtcNow(), actor, disabled ? "user.disable" : "user.enable", "user:" + name,
            disabled ? "已停用 (disabled)；会话已撤销 (sessions revoked)" : "已启用 (enabled)"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RecordLoginAsync(string name, int failedLogins, DateTimeOffset? lockedUntil, string action, string detail, CancellationToken cancellationToken = default) =>
        await ChangeAuditedAsync(
            "UPDATE users SET failed_logins = @f, locked_until = @l WHERE user_name = @n",
            [("f", failedLogins), ("l", lockedUntil is { } until ? Format(until) : null), ("n", name)],
            new AuditEntry(Clock.GetUtcNow(), name, action, "user:" + name, detail),
            cancellationToken);

    public async Task CreateSessionAsync(SessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await ChangeAuditedAsync(
            "INSERT INTO sessions (token_sm3, user_name, created_at, expires_at) VALUES (@k, @n, @c, @e)",
            [("k", session.TokenSm3), ("n", session.UserName), ("c", Format(session.CreatedAt)), ("e", Format(session.ExpiresAt))],
            new AuditEntry(session.CreatedAt, session.UserName, "session.start", "user:" + session.UserName, $"会话 (session) {session.TokenSm3[..12]} 有效至 (until) {Format(session.ExpiresAt)}"),
            cancellationToken);
    }

    public async Task<SessionRecord?> FindSessionAsync(string tokenSm3, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            "SELECT token_sm3, user_name, created_at, expires_at, revoked_at FROM sessions WHERE token_sm3 = @k",
            r => new SessionRecord(r.GetString(0), r.GetString(1), r.Time(2), r.Time(3), r.NullableTime(4)),
            cancellationToken, ("k", tokenSm3)) is [var session] ? session : null;

    public async Task RevokeSessionAsync(string tokenSm3, CancellationToken cancellationToken = default)
    {
        var session = await FindSessionAsync(tokenSm3, cancellationToken);
        if (session is null || session.RevokedAt is not null)
        {
            return;
        }

        await ChangeAuditedAsync(
            "UPDATE sessions SET revoked_at = @t WHERE token_sm3 = @k",
            [("t", Now()), ("k", tokenSm3)],
            new AuditEntry(Clock.GetUtcNow(), session.UserName, "logout", "user:" + session.UserName, $"会话 (session) {tokenSm3[..12]} 已结束 (ended)"),
            cancellationToken);
    }

    /// <summary>One statement and its audit entry in one transaction; the entry is written only when the statement changed a row.</summary>
    private async Task<int> ChangeAuditedAsync(string sql, (string Name, object? Value)[] parameters, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await ChangeAsync(connection, transaction, sql, cancellationToken, parameters);
        if (changed > 0)
        {
            await InsertAuditAsync(connection, transaction, entry, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
