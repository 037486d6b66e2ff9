using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using RiskReporting.Core.State;
using RiskReporting.Engine.Configuration;

namespace RiskReporting.Engine.Notifications;

/// <summary>
/// Drains the notification outbox to Notifications:Smtp through MailKit. A notification is marked sent only
/// after the server took it; a failed attempt is logged and tried again later (one minute, then doubling up
/// to an hour), given up after Notifications:MaxAttempts. Sending never fails the run or verb that raised the
/// notification: the run's state is already committed, the mail is only its echo (ADR 0012).
/// </summary>
public sealed class NotificationSender(INotificationOutbox store, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationSender> logger)
{
    private const int Batch = 100;

    /// <summary>Sends every notification now due. Returns how many the server took; 0 without Notifications:Smtp.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!SmtpEndpoint.TryParse(settings.Smtp, out var endpoint))
        {
            return 0;
        }

        var due = await store.ListDueNotificationsAsync(clock.GetUtcNow(), Batch, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        using var client = new SmtpClient { Timeout = checked(settings.SendSeconds * 1000) };
        var sent = 0;
        foreach (var notification in due)
        {
            if (await TrySendAsync(client, endpoint, settings, notification, cancellationToken))
            {
                sent++;
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return sent;
    }

    /// <summary>
    /// What a CLI verb does before it exits: sends what is due, waiting at most Notifications:SendSeconds;
    /// whatever is left is sent by the scheduler or the portal. Never throws.
    /// </summary>
    public async Task SendBeforeExitAsync(CancellationToken cancellationToken = default)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.SendSeconds), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            await SendDueAsync(linked.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The outbox itself unreadable, or the wait over: the notifications stay queued for the next host.
            // The caller's own stop (the scheduler shutting down) is not a failure and goes back to it.
            logger.NotificationsNotSent(options.Value.SendSeconds, e.Message);
        }
    }

    private async Task<bool> TrySendAsync(SmtpClient client, SmtpEndpoint endpoint, NotificationOptions settings, StoredNotification notification, CancellationToken cancellationToken)
    {
        var content = notification.Content;
        var recipients = NotificationAudience.Addresses(content.Audience, settings);
        try
        {
            if (recipients.Count == 0)
            {
                throw new InvalidOperationException($"未为 '{content.Audience}' 配置收件地址 (no address configured)，见 Notifications:Operators、Roles、Branches");
            }

            if (!client.IsConnected)
            {
                await client.ConnectAsync(endpoint.Host, endpoint.Port, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            }

            await client.SendAsync(Message(settings.From, recipients, content), cancellationToken);
            await store.MarkNotificationSentAsync(notification.Id, clock.GetUtcNow(), cancellationToken);
            logger.NotificationSent(notification.Id, content.Period, content.Event, recipients.Count);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = notification.Attempts + 1;
            DateTimeOffset? retryAt = attempts >= settings.MaxAttempts ? null : clock.GetUtcNow() + Backoff(attempts);
            logger.NotificationFailed(notification.Id, content.Period, content.Event, attempts, retryAt is null, e.Message);
            await store.MarkNotificationFailedAsync(notification.Id, e.Message, retryAt, cancellationToken);
            return false;
        }
    }

    /// <summary>1, 2, 4, … minutes after the attempt, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private static MimeMessage Message(string from, IReadOnlyList<string> recipients, NewNotification content)
    {
        var message = new MimeMessage { Subject = content.Subject, Body = new TextPart("plain") { Text = content.Body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.AddRange(recipients.Select(MailboxAddress.Parse));
        return message;
    }
}
