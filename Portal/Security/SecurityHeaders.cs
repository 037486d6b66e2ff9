using Microsoft.AspNetCore.Http;

namespace RiskReporting.Portal.Security;

/// <summary>
/// The headers every response carries, whatever produced it (a page, a static file, a 400 from the
/// antiforgery check, a 404): scripts and styles only from the portal itself (no inline script, no CDN),
/// no framing, no MIME sniffing, no referrer leaving the portal. Pages are never cached, so a browser's
/// back button after logout shows nothing of a customer.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                var response = ((HttpContext)state).Response;
                var headers = response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (!((HttpContext)state).Request.Path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            },
            context);
        return next(context);
    }
}
