using Microsoft.Playwright;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (never Playwright's own browser download), and the screenshots CI keeps.</summary>
public static class Browser
{
    public static string ScreenshotDirectory { get; } = Path.Combine(TestPaths.RepositoryRoot, "TestResults", "screenshots");

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public static Task<IBrowserContext> NewContextAsync(IBrowser browser) => browser.NewContextAsync(new()
    {
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
        ViewportSize = new() { Width = 1366, Height = 800 },
    });

    /// <summary>Saves the whole page as TestResults/screenshots/NAME.png (the folder CI keeps as an artifact).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}
