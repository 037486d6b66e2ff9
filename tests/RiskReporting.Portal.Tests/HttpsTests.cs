using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>Served over HTTPS (Kestrel's own endpoint configuration, a certificate on disk), every cookie is also Secure.</summary>
[TestFixture]
public sealed class HttpsTests
{
    [Test]
    public async Task OverHttps_EveryCookieIsSecureHttpOnlyAndStrict()
    {
        using var directory = new TemporaryDirectory();
        var certificate = directory.File("portal.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var self = request.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(50), DateTimeOffset.UnixEpoch.AddYears(90));
            File.WriteAllBytes(certificate, self.Export(X509ContentType.Pfx, "test-only"));
        }

        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var portal = await PortalServer.StartAsync(
            new SqliteStateStore(directory.File("state.db"), clock),
            new TestAuthenticator().Add("王建国", "correct-horse-battery", "operator"),
            clock,
            settings: new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
                ["Kestrel:Endpoints:Https:Certificate:Path"] = certificate,
                ["Kestrel:Endpoints:Https:Certificate:Password"] = "test-only",
            });
        Assert.That(portal.Address.Scheme, Is.EqualTo("https"));
        using var client = new FormClient(acceptAnyCertificate: true);

        using var form = await client.GetAsync(portal.Url("/login"));
        using var login = await client.LoginAsync(portal.Url("/login"), "王建国", "correct-horse-battery");

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        SecurityAssert.Cookies(form.Headers, https: true);
        SecurityAssert.Cookies(login.Headers, https: true);
        Assert.That(client.Cookies.Keys, Does.Contain("rr.session").And.Contain("rr.antiforgery"));
        SecurityAssert.Headers(login);
    }
}
