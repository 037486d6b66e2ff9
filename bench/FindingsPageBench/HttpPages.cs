using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;
using RiskReporting.Engine;
using RiskReporting.Identity;
using RiskReporting.Portal;
using RiskReporting.Store;

namespace RiskReporting.Bench;

/// <summary>
/// The findings pages over HTTP, as a browser asks for them: the portal (real Kestrel on a loopback port) on the bench's store,
/// an operator logged in through /login, and /periods/{P}/findings timed first, middle, last and filtered (median of 15 after a warm-up).
/// </summary>
internal static partial class HttpPages
{
    private const string Operator = "bench-operator";
    private const string Password = "a-long-enough-bench-passphrase";

    public static async Task RunAsync(StateStore store, string period, int count, string repositoryRoot, string work)
    {
        Console.WriteLine(await new UserRegistry(store, TimeProvider.System).AddAsync("bench", Operator, UserRole.Operator, Password) ?? "portal over HTTP (Kestrel on loopback), 50 findings a page:");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:Urls"] = "http://127.0.0.1:0",
            ["Engine:Work"] = work,
            [Engine.Composition.EnginePaths.BaseDirectoryKey] = work,
            ["Extraction:Rules"] = Path.Combine(repositoryRoot, "rules", "extraction"),
            ["Validation:Catalogue"] = Path.Combine(repositoryRoot, "rules", "catalogue.csv"),
            ["Engine:Calendar"] = Path.Combine(repositoryRoot, "rules", "calendar"),
        }).Build();
        var app = PortalHost.Build(configuration, services =>
        {
            services.AddRiskReportingEngine(configuration);
            services.AddSingleton(store);
            services.AddLogging(logging => logging.ClearProviders());
        });
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
            await LogInAsync(client);
            var last = (count + 49) / 50;
            await TimeAsync(client, "first page", $"/periods/{period}/findings");
            await TimeAsync(client, $"middle page ({last / 2})", $"/periods/{period}/findings?page={last / 2}");
            await TimeAsync(client, $"last page ({last})", $"/periods/{period}/findings?page={last}");
            await TimeAsync(client, "rule + severity", $"/periods/{period}/findings?rule=WYX-007&severity=WARNING");
            await TimeAsync(client, "branch, page 10", $"/periods/{period}/findings?branch=100017&page=10");
            await TimeAsync(client, "part", $"/periods/{period}/findings?part=B1P3");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task LogInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/login");
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = Operator, ["password"] = Password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/login", content);
        if ((int)response.StatusCode is not (302 or 303))
        {
            throw new InvalidOperationException($"The bench operator's login answered {(int)response.StatusCode}.");
        }
    }

    private static async Task TimeAsync(HttpClient client, string what, string path, int repeats = 15)
    {
        var times = new List<double>();
        var bytes = 0;
        for (var i = 0; i <= repeats; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
            }

            bytes = body.Length;
            if (i > 0)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  GET {what,-26} median {times[times.Count / 2],8:F1} ms   max {times[^1],8:F1} ms   {bytes / 1024,5} KiB   {path}"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
