using System.IO.Abstractions;
using System.Security.Cryptography;
using RiskReporting.Engine;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Demo;

/// <summary>
/// The demo bank's users, made the first time its store is used: an admin, two operators, an auditor, IT
/// operations and a branch user, each with a generated password printed once; then the first operator is
/// logged in, its session written to the session file, so that `demo run` needs no set-up (issue #14).
/// </summary>
public sealed class DemoUsers(EngineComposer composer, IFileSystem fileSystem, IAnsiConsole console)
{
    public const string Operator = "zhang.wei";

    private static readonly (string Name, string Role)[] People =
        [(Operator, "operator"), ("li.qiang", "operator"), ("chen.jing", "auditor"), ("zhao.lei", "itops"), ("wang.fang", "branch:100001")];

    /// <summary>Makes the users when the store holds none, and logs the operator in unless the session file already holds a session of this store.</summary>
    public async Task EnsureAsync(string settingsFile, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(new CommonSettings { Config = settingsFile }, null, cancellationToken);
        var identity = engine.Get<IdentityService>();
        var file = CliSession.File(fileSystem);
        if (await IsLoggedInAsync(identity, file.Read(), engine.Stopping))
        {
            console.MarkupLineInterpolated($"使用 {file.Path} 中的会话 (session)。");
            return;
        }

        var passwords = People.Select(p => p.Name).Prepend("admin").ToDictionary(n => n, _ => NewPassword(), StringComparer.Ordinal);
        try
        {
            await identity.InitAsync("admin", passwords["admin"], engine.Stopping);
        }
        catch (RefusalException e) when (e.Code == RefusalCode.NotAllowed)
        {
            throw new RefusalException(RefusalCode.NotLoggedIn,
                $"未登录 (not logged in)：演示用户已存在 (users exist already)，但 {file.Path} 中没有他们的会话。请用 `riskreport login {Operator} --config {settingsFile}` 登录（密码在演示创建用户时已打印）。", e);
        }

        var adminSession = (await identity.LoginAsync("admin", passwords["admin"], engine.Stopping)).Token;
        var admin = await identity.ResumeAsync(adminSession, engine.Stopping);
        var users = engine.Get<UserService>();
        var table = new Table().AddColumn("演示用户 (demo user)").AddColumn("角色 (role)").AddColumn("密码 (password)");
        table.AddRow("admin", "admin", passwords["admin"]);
        foreach (var (name, role) in People)
        {
            await users.AddAsync(name, role, passwords[name], admin, engine.Stopping);
            table.AddRow(name, role, passwords[name]);
        }

        await identity.LogoutAsync(adminSession, engine.Stopping);
        file.Write((await identity.LoginAsync(Operator, passwords[Operator], engine.Stopping)).Token!);
        console.MarkupLine("演示已创建用户（密码仅此一次显示 the passwords are shown only now）：");
        console.Write(table);
        console.MarkupLineInterpolated($"已登录为 (logged in as) [bold]{Operator}[/]（operator）；会话文件 {file.Path}。以其他用户登录：`riskreport login NAME --config {settingsFile}`。");
    }

    private static async Task<bool> IsLoggedInAsync(IdentityService identity, string? token, CancellationToken cancellationToken)
    {
        try
        {
            await identity.ResumeAsync(token, cancellationToken);
            return true;
        }
        catch (RefusalException e) when (e.Code == RefusalCode.NotLoggedIn)
        {
            return false;
        }
    }

    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
}
