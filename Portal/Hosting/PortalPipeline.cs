using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using RiskReporting.Portal.Security;

namespace RiskReporting.Portal.Hosting;

/// <summary>The request pipeline: headers first (so every response has them), assets without login, then authentication, pages and /health.</summary>
internal static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new EmbeddedFileProvider(typeof(PortalHost).Assembly, "RiskReporting.Portal.Assets"),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapGet("/", () => Results.Redirect("/periods"));
        return app;
    }
}
