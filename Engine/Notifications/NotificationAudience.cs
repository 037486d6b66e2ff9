using RiskReporting.Engine.Configuration;

namespace RiskReporting.Engine.Notifications;

/// <summary>Resolves a notification's audience (<c>operators</c>, <c>role:ROLE</c>, <c>branch:CODE</c>, comma-separated) to addresses, each once.</summary>
public static class NotificationAudience
{
    public static IReadOnlyList<string> Addresses(string audience, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(options);
        var addresses = new List<string>();
        foreach (var part in audience.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var list = part switch
            {
                "operators" => options.Operators,
                _ when part.StartsWith("role:", StringComparison.Ordinal) => options.Roles.GetValueOrDefault(part[5..]) ?? [],
                _ when part.StartsWith("branch:", StringComparison.Ordinal) => options.Branches.GetValueOrDefault(part[7..]) ?? [],
                _ => [],
            };
            addresses.AddRange(list);
        }

        return [.. addresses.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
