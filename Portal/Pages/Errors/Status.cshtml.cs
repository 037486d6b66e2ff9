using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RiskReporting.Portal.Pages.Errors;

/// <summary>The page shown for an error status (re-executed, so the status code itself stays as it was).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        400 => "请求无效",
        403 => "没有权限",
        404 => "页面不存在",
        _ => "系统出错",
    };

    public string Explanation => Code switch
    {
        400 => "表单已过期或缺少安全校验，请返回上一页刷新后重新提交。",
        403 => "您的角色不能访问此页面。",
        404 => "您要找的页面或记录不存在。",
        _ => "处理请求时出错，已记录日志。请稍后再试，或联系信息科技运维。",
    };

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code;
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            HttpContext.Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
        }

        return Page();
    }
}
