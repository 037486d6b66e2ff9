using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RiskReporting.Store;
using RiskReporting.Portal.Security;
using RiskReporting.Portal.Sessions;

namespace RiskReporting.Portal.Hosting;

/// <summary>The portal's own registrations: pages, cookies, antiforgery, and the session state shared through the store.</summary>
internal static class PortalServices
{
    public const string ApplicationName = "RiskReporting.Portal";

    public static IServiceCollection AddPortal(this IServiceCollection services, PortalOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddRazorPages(pages => pages.Conventions.AllowAnonymousToFolder("/Errors").AllowAnonymousToPage("/Login"));
        services.AddRouting(routing => routing.LowercaseUrls = true);
        // Chinese text is written as it is, not as &#x...; entities (HTML-sensitive characters are still encoded).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("state-store");
        services.AddSharedKeyRing();
        services.AddSessionCookie(options);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "rr.antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>One key ring for every instance, in the state store; the application name keeps cookie names and purposes equal across hosts.</summary>
    private static void AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(keys => keys.XmlRepository = new StoreXmlRepository(provider.GetRequiredService<IPortalStore>())));
    }

    private static void AddSessionCookie(this IServiceCollection services, PortalOptions options)
    {
        services.AddSingleton<ITicketStore, StoreTicketStore>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "rr.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/errors/403";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.EventsType = typeof(SessionValidation);
        });
        services.AddSingleton<SessionValidation>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ITicketStore>((cookie, tickets) => cookie.SessionStore = tickets);
    }
}
