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
            throw new InvalidOperationException($"Portal:IdleMinutes 为 {IdleMinutes}：请给出 1 到 1440 之间的分钟数 (minutes)。");
        }

        if (string.IsNullOrWhiteSpace(Urls))
        {
            throw new InvalidOperationException("Portal:Urls 为空 (empty)：请给出监听地址 (address to listen on)，例如 http://127.0.0.1:5080。");
        }
    }
}
