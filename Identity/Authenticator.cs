using System.Globalization;
using RiskReporting.Core.State;
using RiskReporting.Identity.Directory;
using RiskReporting.Identity.Passwords;
using RiskReporting.Identity.Sessions;

namespace RiskReporting.Identity;

/// <summary>
/// Logs a user in: a registered, enabled, unlocked user whose password matches our hash, or, for a user
/// registered without one, whom the bank's directory accepts. Every attempt is audited (login.ok, login.fail,
/// login.locked, login.refused); <see cref="AuthOptions.MaxFailedLogins"/> failures in a row lock the account
/// for <see cref="AuthOptions.LockoutMinutes"/>. A refusal never says whether the name or the password was wrong.
/// </summary>
public sealed class Authenticator(IStateStore store, AuthOptions options, TimeProvider clock, IDirectoryAuthenticator? directory = null)
{
    public const string WrongNameOrPassword = "用户名或密码错误 (wrong user name or password)";

    public async Task<LoginOutcome> LoginAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var user = await store.FindCredentialsAsync(name, cancellationToken);
        if (user is null)
        {
            await store.AppendAuditAsync(new AuditEntry(now, name, "login.fail", "user:" + name, "无此用户 (no such user)"), cancellationToken);
            return LoginOutcome.Refused(name, WrongNameOrPassword);
        }

        if (user.Disabled)
        {
            await store.RecordLoginAsync(name, user.FailedLogins, user.LockedUntil, "login.refused", "账户已停用 (account disabled)", cancellationToken);
            return LoginOutcome.Refused(name, $"账户 '{name}' 已停用 (disabled)，可由管理员恢复");
        }

        if (user.LockedUntil is { } until && until > now)
        {
            await store.RecordLoginAsync(name, user.FailedLogins, until, "login.refused", "账户已锁定 (account locked)", cancellationToken);
            return LoginOutcome.Refused(name, $"账户 '{name}' 因连续 {options.MaxFailedLogins} 次登录失败已锁定 (locked)，至 {Shown(until)}");
        }

        return await CheckAsync(user, password, now, cancellationToken)
            ? await OpenSessionAsync(user, now, cancellationToken)
            : await FailAsync(user, now, cancellationToken);
    }

    private async Task<bool> CheckAsync(UserCredentials user, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (user.PasswordHash is { } hash)
        {
            return Passwords.Passwords.Verify(user.Account, hash, password);
        }

        if (directory is null)
        {
            await store.AppendAuditAsync(new AuditEntry(now, user.Account.Name, "login.fail", "user:" + user.Account.Name, "未设密码且未配置目录 (no password set and no directory configured)"), cancellationToken);
            return false;
        }

        return await directory.BindAsync(user.Account.Name, password, cancellationToken);
    }

    private async Task<LoginOutcome> OpenSessionAsync(UserCredentials user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = user.Account.Name;
        await store.RecordLoginAsync(name, 0, null, "login.ok", user.PasswordHash is null ? "目录验证 (directory bind)" : "密码 (password)", cancellationToken);
        var token = SessionTokens.New();
        var expires = now.AddHours(options.SessionHours);
        await store.CreateSessionAsync(new SessionRecord(SessionTokens.Sm3Of(token), name, now, expires, null), cancellationToken);
        return new LoginOutcome(name, token, expires, null);
    }

    private async Task<LoginOutcome> FailAsync(UserCredentials user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A lock that has run out starts a new count.
        var failed = (user.LockedUntil is not null ? 0 : user.FailedLogins) + 1;
        var name = user.Account.Name;
        if (failed < options.MaxFailedLogins)
        {
            await store.RecordLoginAsync(name, failed, null, "login.fail", string.Create(CultureInfo.InvariantCulture, $"第 {failed} 次失败 (failure)，上限 {options.MaxFailedLogins} 次"), cancellationToken);
            return LoginOutcome.Refused(name, WrongNameOrPassword);
        }

        var until = now.AddMinutes(options.LockoutMinutes);
        await store.RecordLoginAsync(name, failed, until, "login.locked", $"连续失败 (failures in a row) {failed} 次；锁定至 (locked until) {Shown(until)}", cancellationToken);
        return LoginOutcome.Refused(name, $"{WrongNameOrPassword}；连续失败 {failed} 次，账户已锁定 (locked) 至 {Shown(until)}");
    }

    private static string Shown(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm '北京时间'", CultureInfo.InvariantCulture);
}
