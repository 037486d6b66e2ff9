using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>The notification outbox (migration 0008): rows are added in the transaction of their event.</summary>
public abstract partial class StateStore : INotificationOutbox
{
    private const string NotificationColumns =
        "notification_id, created_at, period, event, audience, subject, body, attempts, next_attempt_at, sent_at, gave_up_at, last_error";

    public async Task<long> EnqueueAsync(NewNotification notification, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await InsertNotificationAsync(connection, null, notification, cancellationToken);
    }

    public async Task<bool> EnqueueOnceAsync(NewNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var held = await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM notifications WHERE period = @p AND event = @e AND audience = @a", cancellationToken,
            ("p", notification.Period), ("e", notification.Event), ("a", notification.Audience));
        if (Convert.ToInt64(held, CultureInfo.InvariantCulture) > 0)
        {
            return false;
        }

        await InsertNotificationAsync(connection, transaction, notification, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<StoredNotification>> ListDueNotificationsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        QueryNotificationsAsync(
            $"SELECT {NotificationColumns} FROM notifications WHERE sent_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= @now ORDER BY notification_id LIMIT @max",
            cancellationToken, ("now", Format(now)), ("max", max));

    public Task<IReadOnlyList<StoredNotification>> ListNotificationsAsync(CancellationToken cancellationToken = default) =>
        QueryNotificationsAsync($"SELECT {NotificationColumns} FROM notifications ORDER BY notification_id", cancellationToken);

    public async Task MarkNotificationSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "UPDATE notifications SET sent_at = @t, attempts = attempts + 1, last_error = NULL WHERE notification_id = @id",
            cancellationToken, ("t", Format(sentAt)), ("id", id));
    }

    public async Task MarkNotificationFailedAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Two statements rather than a NULL parameter in a CASE, whose type PostgreSQL cannot infer.
        var (set, at) = retryAt is { } retry ? ("next_attempt_at", Format(retry)) : ("gave_up_at", Now());
        await ExecuteAsync(connection, null, $"UPDATE notifications SET attempts = attempts + 1, last_error = @e, {set} = @at WHERE notification_id = @id",
            cancellationToken, ("e", error), ("at", at), ("id", id));
    }

    /// <summary>Adds the notification a run's new state raises (FAILED, BLOCKED), in the transaction that stores the state.</summary>
    protected async Task NotifyRunStateAsync(DbConnection connection, DbTransaction transaction, RunRecord run, CancellationToken cancellationToken)
    {
        var before = await ScalarAsync(connection, transaction, "SELECT state FROM runs WHERE run_id = @id", cancellationToken, ("id", run.RunId));
        var previous = before is string text && Enum.TryParse<RunState>(text, out var state) ? state : (RunState?)null;
        if (RunNotifications.For(previous, run with { UpdatedAt = Clock.GetUtcNow() }) is { } notification)
        {
            await InsertNotificationAsync(connection, transaction, notification, cancellationToken);
        }
    }

    protected async Task<long> InsertNotificationAsync(DbConnection connection, DbTransaction? transaction, NewNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = Now();
        var id = await ScalarAsync(connection, transaction,
            "INSERT INTO notifications (created_at, period, event, audience, subject, body, attempts, next_attempt_at) VALUES (@t, @p, @e, @a, @s, @b, 0, @t) RETURNING notification_id",
            cancellationToken, ("t", now), ("p", notification.Period), ("e", notification.Event), ("a", notification.Audience), ("s", notification.Subject), ("b", notification.Body));
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<StoredNotification>> QueryNotificationsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await QueryAsync(sql, ReadNotification, cancellationToken, parameters);

    private static StoredNotification ReadNotification(DbDataReader reader) => new(
        Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
        reader.Time(1),
        new NewNotification(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)),
        Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
        reader.Time(8),
        reader.NullableTime(9),
        reader.NullableTime(10),
        reader.IsDBNull(11) ? null : reader.GetString(11));
}
