using System.Globalization;

namespace RiskReporting.Engine.Notifications;

/// <summary>Notifications:Smtp, host:port.</summary>
public sealed record SmtpEndpoint(string Host, int Port)
{
    public static bool TryParse(string text, out SmtpEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        endpoint = null!;
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return false;
        }

        endpoint = new SmtpEndpoint(text[..colon], port);
        return true;
    }
}
