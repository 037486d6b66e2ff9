using System.Net;
using System.Text.RegularExpressions;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>
/// An HTTP client that behaves like a form-posting browser without following redirects: it keeps the
/// cookies it was given (for any portal instance, as a browser does for one host name), and reads the
/// antiforgery token out of a page.
/// </summary>
public sealed partial class FormClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <param name="acceptAnyCertificate">For a portal on HTTPS with the test's own self-signed certificate.</param>
    public FormClient(bool acceptAnyCertificate = false)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        if (acceptAnyCertificate)
        {
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        }

        _http = new HttpClient(handler);
    }

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public async Task<HttpResponseMessage> GetAsync(Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(Uri url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>GETs the page and returns the antiforgery token of its first form.</summary>
    public async Task<string> TokenFromAsync(Uri page)
    {
        using var response = await GetAsync(page);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "GET " + page);
        var match = TokenField().Match(await response.Content.ReadAsStringAsync());
        Assert.That(match.Success, Is.True, "no __RequestVerificationToken on " + page);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Logs in through the form, as a browser would (GET the form, POST it with its token).</summary>
    public async Task<HttpResponseMessage> LoginAsync(Uri loginPage, string user, string password)
    {
        var token = await TokenFromAsync(loginPage);
        return await PostAsync(loginPage, [new("username", user), new("password", password), new("__RequestVerificationToken", token)]);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';')[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                var value = pair[(name.Length + 1)..];
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
