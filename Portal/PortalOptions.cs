namespace RiskReporting.Portal;

/// <summary>The <c>Portal</c> section of appsettings.json.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where Kestrel listens (semicolon-separated); loopback by default, behind the bank's load balancer in production.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>A session ends after this many minutes without a request (sliding expiration).</summary>
    public int IdleMinutes { get; set; } = 20;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleMinutes);

    /// <summary>Fails the start with the key and the reason when a value cannot work.</summary>
    public void Validate()
    {
        if (IdleMinutes is < 1 or > 24 * 60)
        {
            throw new InvalidOperationException($"Portal:IdleMinutes is {IdleMinutes}: give a number of minutes from 1 to 1440.");
        }

        if (string.IsNullOrWhiteSpace(Urls))
        {
            throw new InvalidOperationException("Portal:Urls is empty: give the address to listen on, for example http://127.0.0.1:5080.");
        }
    }
}
