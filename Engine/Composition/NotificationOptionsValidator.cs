using Microsoft.Extensions.Options;
using MimeKit;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Notifications;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Notifications" section at start: a server as host:port, a sender and recipients that are addresses, waits of at least one.</summary>
public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var problems = new List<string>();
        if (options.Smtp.Length > 0)
        {
            if (!SmtpEndpoint.TryParse(options.Smtp, out _))
            {
                problems.Add($"Notifications:Smtp '{options.Smtp}' must be host:port, e.g. mail.bank.local:25.");
            }

            if (!MailboxAddress.TryParse(options.From, out _))
            {
                problems.Add($"Notifications:From '{options.From}' must be a mail address when Notifications:Smtp is set.");
            }
        }

        var lists = new[] { ("Operators", options.Operators) }
            .Concat(options.Roles.Select(r => ($"Roles:{r.Key}", r.Value)))
            .Concat(options.Branches.Select(b => ($"Branches:{b.Key}", b.Value)));
        foreach (var (setting, addresses) in lists)
        {
            problems.AddRange(addresses.Where(a => !MailboxAddress.TryParse(a, out _)).Select(a => $"Notifications:{setting}: '{a}' is not a mail address."));
        }

        if (options.SendSeconds < 1 || options.MaxAttempts < 1)
        {
            problems.Add("Notifications:SendSeconds and Notifications:MaxAttempts must be at least 1.");
        }

        return OptionChecks.Result(problems);
    }
}
