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
                problems.Add($"Notifications:Smtp '{options.Smtp}' 须为 host:port，例如 mail.bank.local:25。");
            }

            if (!MailboxAddress.TryParse(options.From, out _))
            {
                problems.Add($"设置了 Notifications:Smtp 时，Notifications:From '{options.From}' 须为邮件地址。");
            }
        }

        var lists = new[] { ("Operators", options.Operators) }
            .Concat(options.Roles.Select(r => ($"Roles:{r.Key}", r.Value)))
            .Concat(options.Branches.Select(b => ($"Branches:{b.Key}", b.Value)));
        foreach (var (setting, addresses) in lists)
        {
            problems.AddRange(addresses.Where(a => !MailboxAddress.TryParse(a, out _)).Select(a => $"Notifications:{setting}: '{a}' 不是邮件地址 (not a mail address)。"));
        }

        if (options.SendSeconds < 1 || options.MaxAttempts < 1)
        {
            problems.Add("Notifications:SendSeconds 和 Notifications:MaxAttempts 须至少为 1。");
        }

        return OptionChecks.Result(problems);
    }
}
