namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>`statement --draft` and `statement --file` as a script uses them (issue #18): the draft to complete, the completed text stored, approval waiting for it.</summary>
public sealed class StatementCommandTests
{
    [Test]
    public void TheDraftIsPrinted_TheUnchangedDraftIsRefused_TheCompletedTextIsStored_AndItsWriterCannotApprove()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").Add("chen", "auditor").ByDefault("ops1");
        users.As("ops1", "run", "--period", "202610");

        var draft = users.As("ops2", "statement", "--period", "202610", "--draft");
        File.WriteAllText(folder.File("draft.txt"), draft.Output);
        var unchanged = users.As("ops2", "statement", "--period", "202610", "--file", "draft.txt");
        var both = users.As("ops2", "statement", "--period", "202610", "--draft", "--file", "draft.txt");
        var missing = users.As("ops2", "statement", "--period", "202610", "--file", "none.txt");
        var byAuditor = users.As("chen", "statement", "--period", "202610", "--draft");
        var beforeStatement = users.As("ops1", "approve", "--period", "202610");
        File.WriteAllText(folder.File("done.txt"), draft.Output.Replace("（请填写）", "本月贷款余额变动系正常业务增减。", StringComparison.Ordinal));
        var stored = users.As("ops2", "statement", "--period", "202610", "--file", "done.txt");
        var byWriter = users.As("ops2", "approve", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(draft.ExitCode, Is.Zero, draft.Error);
            Assert.That(draft.Output, Does.StartWith("202610 客户风险统计文字说明（第 01 批）").And.Contain("贷款余额合计：").And.Contain("三、原因分析（第18条）\n（请填写）"));
            Assert.That(unchanged.ExitCode, Is.EqualTo(2), unchanged.Output + unchanged.Error);
            Assert.That(unchanged.Error, Does.Contain("内容与系统预填的草稿相同"));
            Assert.That(both.ExitCode, Is.EqualTo(2));
            Assert.That(both.Error, Does.Contain("须且只能给出其一 (give exactly one)"));
            Assert.That(missing.ExitCode, Is.EqualTo(2));
            Assert.That(missing.Error, Does.Contain("找不到文件"));
            Assert.That(byAuditor.ExitCode, Is.EqualTo(6), "writing the statement is credit management's: " + byAuditor.Error);
            Assert.That(beforeStatement.ExitCode, Is.EqualTo(5));
            Assert.That(beforeStatement.Error, Does.Contain("尚无文字说明"));
            Assert.That(stored.ExitCode, Is.Zero, stored.Error);
            Assert.That(stored.Output, Does.Contain("202610 第 01 批：文字说明已由 ops2 保存 (statement stored)，共 "));
            Assert.That(byWriter.ExitCode, Is.EqualTo(5));
            Assert.That(byWriter.Error, Does.Contain("ops2 撰写了本批次的文字说明"));
        });
    }
}
