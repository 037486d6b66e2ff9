using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Pages;

/// <summary>The login form: the identity service decides, the page shows its refusal word for word.</summary>
public sealed class LoginModel(IAuthenticator authenticator, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty(Name = "username")]
    public string? Username { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "loggedOut")]
    public bool LoggedOut { get; set; }

    public string? Refusal { get; private set; }

    /// <summary>Why the user is here, when it was not by choice: a page asked for before login, or after the session idled out.</summary>
    public string? Notice => LoggedOut ? "您已安全退出。" : !string.IsNullOrEmpty(ReturnUrl) ? "请先登录；闲置超时的会话需要重新登录。" : null;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            Refusal = "请输入用户名和密码。";
            return Page();
        }

        SignedIn signedIn;
        try
        {
            signedIn = await authenticator.AuthenticateAsync(Username.Trim(), Password, HttpContext.RequestAborted);
        }
        catch (LoginRefusedException refused)
        {
            logger.LoginRefused();
            Refusal = refused.Message;
            return Page();
        }

        var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        await HttpContext.SignInAsync(scheme, PortalClaims.Principal(signedIn, scheme), new AuthenticationProperties { IsPersistent = false });
        logger.LoginAccepted();
        return LocalRedirect(Target());
    }

    /// <summary>The page asked for, when it is one of the portal's own; the dashboard otherwise.</summary>
    private string Target() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) && !ReturnUrl.StartsWith("/login", StringComparison.OrdinalIgnoreCase)
        ? ReturnUrl
        : "/periods";
}
