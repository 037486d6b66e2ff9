using System.Net.Http.Headers;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>The headers and cookie attributes issue #15 requires of every response and every cookie.</summary>
public static class SecurityAssert
{
    public static void Headers(IReadOnlyDictionary<string, string> headers, string what)
    {
        string Header(string name) => headers.TryGetValue(name, out var value) ? value : string.Empty;
        var csp = Header("content-security-policy");
        Assert.Multiple(() =>
        {
            Assert.That(csp, Does.Contain("script-src 'self'"), what + ": CSP scripts");
            Assert.That(csp, Does.Not.Contain("unsafe-inline"), what + ": CSP without unsafe-inline");
            Assert.That(csp, Does.Contain("frame-ancestors 'none'"), what + ": CSP frame-ancestors");
            Assert.That(Header("x-content-type-options"), Is.EqualTo("nosniff"), what + ": nosniff");
            Assert.That(Header("referrer-policy"), Is.EqualTo("no-referrer"), what + ": referrer policy");
        });
    }

    public static void Headers(HttpResponseMessage response)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            all[name.ToLowerInvariant()] = string.Join(", ", values);
        }

        Headers(all, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}");
    }

    /// <summary>Every Set-Cookie of the response: HttpOnly and SameSite=Strict, and Secure exactly when served over HTTPS.</summary>
    public static void Cookies(HttpResponseHeaders headers, bool https)
    {
        if (!headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(attributes, Does.Contain("httponly"), cookie);
                Assert.That(attributes, Does.Contain("samesite=strict"), cookie);
                Assert.That(attributes.Contains("secure"), Is.EqualTo(https), cookie);
            });
        }
    }
}
