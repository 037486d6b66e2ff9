namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>One voice (issue #17): one prefix on standard error, and a verb that only reads refuses a folder that holds no state store.</summary>
public sealed class OneVoiceTests
{
    [TestCase("status")]
    [TestCase("logs", "--run", "abc")]
    [TestCase("audit", "list")]
    [TestCase("findings", "--period", "202610")]
    [TestCase("archive", "list")]
    [TestCase("archive", "show", "202610")]
    [TestCase("whoami")]
    [TestCase("report", "--quarter", "2026Q3")]
    [TestCase("disputes", "list")]
    [TestCase("disputes", "show", "D0001")]
    [TestCase("disputes", "export", "B0001H111000001_YZXFK_20261031_01_01")]
    public void AReadOnlyVerb_InAFolderWithNoStateStore_RefusesNamingTheFolder_AndCreatesNoStore(params string[] verb)
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, [.. verb, "--work", "empty"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Output + result.Error);
            Assert.That(result.Error.Trim(), Is.EqualTo($"riskreport: 未找到 (not found): {folder.File("empty")} 中没有状态库 (no state store: state.db)；只读命令不新建状态库。请在工作目录中运行，或用 --work / --config 指向它。"));
            Assert.That(File.Exists(folder.File("empty/state.db")), Is.False, "no empty store is left behind");
        });
    }

    [Test]
    public void AnUnknownOption_IsAUsageError_WithTheOnePrefix()
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, "status", "--peroid", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error.Trim(), Is.EqualTo("riskreport: 用法错误 (usage): 未知选项 (unknown option) '--peroid'：该命令可用的选项见其 --help。"));
        });
    }

    [TestCase("未知命令 (unknown command) 'frobnicate'：可用的命令见 riskreport --help。", "frobnicate")]
    [TestCase("命令 add 缺少必填参数 (missing required argument) NAME：见其 --help。", "users", "add")]
    [TestCase("'abc' 不是整数 (not an integer)。", "demo", "init", "--no-users", "--out", "x", "--seed", "abc")]
    [TestCase("--threshold 'abc' 不是以万元计的金额 (not an amount)，例如 5000.00。", "run", "--period", "202610", "--threshold", "abc")]
    public void ACommandLineSpectreCannotParse_IsAUsageError_InChinese_WithTheEnglishTermAfterIt(string said, params string[] arguments)
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, arguments);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Output + result.Error);
            Assert.That(result.Error.Trim(), Is.EqualTo("riskreport: 用法错误 (usage): " + said));
        });
    }
}
