namespace RiskReporting.Core.State;

/// <summary>
/// The notification outbox of the state store. Events the store records itself (a run that ends FAILED or
/// BLOCKED) add their notification in their own transaction; <see cref="EnqueueAsync"/> is for events that
/// have no other change to commit (a deadline drawing near).
/// </summary>
public interface INotificationOutbox
{
    Task<long> EnqueueAsync(NewNotification notification, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the notification unless the outbox already holds one of its period, event and audience (sent or not), checked and
    /// added in one transaction: what a clock check raises (a deadline drawing near) is sent once per period.
    /// </summary>
    /// <returns>Whether it was added now.</returns>
    Task<bool> EnqueueOnceAsync(NewNotification notification, CancellationToken cancellationToken = default);

    /// <summary>Unsent notifications whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<StoredNotification>> ListDueNotificationsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredNotification>> ListNotificationsAsync(CancellationToken cancellationToken = default);

    Task MarkNotificationSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: tried again at <paramref name="retryAt"/>, or given up when it is null.</summary>
    Task MarkNotificationFailedAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default);
}
