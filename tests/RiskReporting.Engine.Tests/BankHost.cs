using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Users;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests;

/// <summary>
/// The engine composed in a second host, as the portal will: a bare Generic Host whose configuration is the
/// generated bank's appsettings.json, with AddRiskReportingEngine and nothing of the CLI.
/// </summary>
public sealed class BankHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BankHost(IHost host, string bankDirectory)
    {
        _host = host;
        BankDirectory = bankDirectory;
    }

    public string BankDirectory { get; }

    public string WorkDirectory => Path.Combine(BankDirectory, "work");

    public static DemoBankResult Generate(TemporaryDirectory folder, DemoBankSize size) =>
        new DemoBankGenerator(new FileSystem()).Generate(new DemoBankOptions { OutputDirectory = folder.File("bank"), Size = size });

    /// <summary>A demo bank with month-end rows for the given periods (as `demo init --periods`).</summary>
    public static DemoBankResult Generate(TemporaryDirectory folder, DemoBankSize size, IReadOnlyList<Core.Periods.ReportingPeriod> periods) =>
        new DemoBankGenerator(new FileSystem()).Generate(new DemoBankOptions { OutputDirectory = folder.File("bank"), Size = size, Periods = periods });

    /// <param name="fileSystem">The engine's file system, e.g. a <see cref="FaultyFileSystem"/> that fails at a chosen point; default the real one.</param>
    public static async Task<BankHost> StartAsync(DemoBankResult bank, IReadOnlyDictionary<string, string?>? settings = null, IFileSystem? fileSystem = null)
    {
        var directory = Path.GetDirectoryName(bank.SourceDatabase)!;
        var rules = Path.Combine(TestPaths.RepositoryRoot, "rules");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(bank.Settings, optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [EnginePaths.BaseDirectoryKey] = directory,
            ["Extraction:Rules"] = Path.Combine(rules, "extraction"),
            ["Validation:Catalogue"] = Path.Combine(rules, "catalogue.csv"),
            ["Engine:Calendar"] = Path.Combine(rules, "calendar"),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (fileSystem is not null)
        {
            builder.Services.AddSingleton(fileSystem);
        }

        builder.Services.AddRiskReportingEngine(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new BankHost(host, directory);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public const string Password = "a-long-enough-test-passphrase";

    /// <summary>A user with the role, made by the store's admin (made first when the store has none) unless the store has it, logged in as a host would: by password, then by its session.</summary>
    public async Task<Actor> LogInAsync(string name, string role)
    {
        var identity = Get<IdentityService>();
        if ((await Get<Core.State.IStateStore>().ListUsersAsync()).Count == 0)
        {
            await identity.InitAsync("admin", Password);
        }

        if (name != "admin" && await Get<Core.State.IStateStore>().FindUserAsync(name) is null)
        {
            var admin = await identity.ResumeAsync((await identity.LoginAsync("admin", Password)).Token);
            await Get<UserService>().AddAsync(name, role, Password, admin);
        }

        return await identity.ResumeAsync((await identity.LoginAsync(name, Password)).Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
