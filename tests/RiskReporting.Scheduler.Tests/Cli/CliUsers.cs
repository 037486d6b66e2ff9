namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>
/// The users of one test folder's store, made and logged in through the CLI as the bank would: `users init`
/// makes the admin, `users add … --password-stdin` the others, `login … --password-stdin` gives each its own
/// session file under the folder, so that each acts as a separate login.
/// </summary>
public sealed class CliUsers
{
    public const string Password = "a-long-enough-test-passphrase";

    private readonly string _folder;
    private readonly string[] _common;
    private bool _hasAdmin;

    /// <param name="common">What every verb is given besides (--config FILE, --work DIR).</param>
    public CliUsers(string folder, params string[] common)
    {
        _folder = folder;
        _common = common;
    }

    /// <summary>A store with an admin and the operator "ops", logged into the folder's default session file (plain <see cref="RiskReportProcess.Run(string, string[])"/> acts as it).</summary>
    public static CliUsers Operator(string folder, params string[] common)
    {
        return new CliUsers(folder, common).Add("ops", "operator").ByDefault("ops");
    }

    /// <summary>Makes the user's session the folder's default one, for the verbs a test runs without naming who.</summary>
    public CliUsers ByDefault(string name)
    {
        File.Copy(SessionOf(name), RiskReportProcess.DefaultSession(_folder), overwrite: true);
        return this;
    }

    public string SessionOf(string name) => Path.Combine(_folder, ".sessions", name);

    /// <summary>Adds the user (as the admin, made first when needed) and logs it in.</summary>
    public CliUsers Add(string name, string role)
    {
        EnsureAdmin();
        Expect(Typing("admin", Password, "users", "add", name, "--role", role, "--password-stdin"), "users add " + name);
        Expect(RiskReportProcess.RunWith(_folder, SessionOf(name), Password, ["login", name, "--password-stdin", .. _common]), "login " + name);
        return this;
    }

    /// <summary>Runs a verb as the logged-in user, with the common options.</summary>
    public RiskReportProcess.Result As(string name, params string[] arguments) => Typing(name, null, arguments);

    /// <summary>Runs a verb as the logged-in user with the text as its standard input (a password for --password-stdin).</summary>
    public RiskReportProcess.Result Typing(string name, string? input, params string[] arguments) =>
        RiskReportProcess.RunWith(_folder, SessionOf(name), input, [.. arguments, .. _common]);

    /// <summary>
    /// The user writes the period's 文字说明 as a script would (approval requires one, issue #18): `statement --draft`, each
    /// prompt completed, `statement --file`. The writer is a maker of the batch, so tests name a user other than the approver.
    /// </summary>
    public CliUsers WritesStatement(string name, string period)
    {
        var draft = As(name, "statement", "--period", period, "--draft");
        Expect(draft, "statement --draft " + period);
        var file = Path.Combine(_folder, $"statement-{period}-{name}.txt");
        File.WriteAllText(file, draft.Output.Replace("（请填写）", "已核实：本月变动系正常业务增减，无异常。", StringComparison.Ordinal));
        Expect(As(name, "statement", "--period", period, "--file", file), "statement --file " + period);
        return this;
    }

    private void EnsureAdmin()
    {
        if (_hasAdmin)
        {
            return;
        }

        Expect(RiskReportProcess.RunWith(_folder, SessionOf("admin"), Password, ["users", "init", "admin", "--password-stdin", .. _common]), "users init admin");
        Expect(RiskReportProcess.RunWith(_folder, SessionOf("admin"), Password, ["login", "admin", "--password-stdin", .. _common]), "login admin");
        _hasAdmin = true;
    }

    private static void Expect(RiskReportProcess.Result result, string what) =>
        Assert.That(result.ExitCode, Is.Zero, $"{what}: {result.Output} {result.Error}");
}
