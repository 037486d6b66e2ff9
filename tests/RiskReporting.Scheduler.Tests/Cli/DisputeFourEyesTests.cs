using RiskReporting.Core.Text;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Disputes through the CLI as separate logins (issue #14): branch isolation, reviewer ≠ answerer, and the reviewer of an answer that became an override cannot approve the batch.</summary>
public sealed class DisputeFourEyesTests
{
    private const string Notice = "B0001H111000001_YZXFK_20261031_01_01";

    [Test]
    public void ABranchSeesNotAnotherBranchsItem_TheAnswererCannotReview_AndTheReviewerOfAnOverrideCannotApprove()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json")
            .Add("ops1", "operator").Add("ops2", "operator").Add("li", "branch:100001").Add("zhao", "branch:100002");
        users.As("ops1", "run", "--period", "202610");
        File.WriteAllBytes(folder.File(Notice + ".txt"), Gb18030.Encoding.GetBytes(string.Join("\r\n",
        [
            "YZXFK|B0001H111000001|20261031|01|01|20261110|20261120|2",
            "D0001|KH-ASSET|KH0000000001|北京同创电力集团有限公司|B3P1|TOTAL_ASSETS|186441.02|91630000000079193P|工商年报总资产186000.00万元|180000.00|B0001B11000000001",
            "D0002|KH-USCC-NAME|KH0000000003|济南鑫源置业股份有限公司|B3P1|CUST_NAME|济南鑫源置业股份有限公司|91150000001346230M|企业名称：济南鑫源置业有限公司||B0001B31000000002",
        ]) + "\r\n"));
        var imported = users.As("ops1", "disputes", "import", Notice + ".txt");

        var otherBranchs = users.As("li", "disputes", "show", "D0002");
        var missing = users.As("li", "disputes", "show", "D9999");
        var ownBranchs = users.As("zhao", "disputes", "show", "D0002");
        var ownList = users.As("zhao", "disputes", "list");
        var branchReviews = users.As("zhao", "disputes", "review", "D0002", "--approve");
        users.As("ops1", "disputes", "answer", "D0001", "--result", "2", "--value", "180000.00", "--change-date", "20261015", "--text", "按年报更正");
        var byAnswerer = users.As("ops1", "disputes", "review", "D0001", "--approve");
        var bySecond = users.As("ops2", "disputes", "review", "D0001", "--approve");
        users.As("ops1", "run", "--period", "202610");
        users.WritesStatement("ops2", "202610");
        var byReviewer = users.As("ops2", "approve", "--period", "202610");
        var byOther = users.As("ops1", "approve", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(imported.ExitCode, Is.Zero, imported.Error);
            Assert.That(imported.Output, Does.Contain($"已导入通知 (imported notice) {Notice}：2 项，截止 ").And.Contain("，机构截止 (branches due) 2026-"));
            Assert.That(otherBranchs.ExitCode, Is.Not.Zero);
            Assert.That(otherBranchs.Error, Is.EqualTo(missing.Error.Replace("D9999", "D0002", StringComparison.Ordinal)), "another branch's item reads as a missing one");
            Assert.That(ownBranchs.ExitCode, Is.Zero, ownBranchs.Error);
            Assert.That(ownBranchs.Output, Does.StartWith($"举证项 (item) D0002，通知 (notice) {Notice} — "));
            Assert.That(ownList.ExitCode, Is.Zero, ownList.Error);
            Assert.That(ownList.Output, Does.Contain("机构截止 (branch due)").And.Contain("D0002").And.Not.Contain("D0001").And.Contain("共 1 项 (items)。"), "a branch lists its own items only");
            Assert.That(branchReviews.ExitCode, Is.EqualTo(6), "a role that may not review exits 6, like every role refusal: " + branchReviews.Error);
            Assert.That(branchReviews.Error, Does.Contain("须由信贷管理部门办理 (role operator)"));
            Assert.That(byAnswerer.ExitCode, Is.EqualTo(5));
            Assert.That(byAnswerer.Error, Does.Contain("ops1 答复了争议项 D0001").And.Contain("four eyes"));
            Assert.That(bySecond.ExitCode, Is.Zero, bySecond.Error);
            Assert.That(byReviewer.ExitCode, Is.EqualTo(5), byReviewer.Output + byReviewer.Error);
            Assert.That(byReviewer.Error, Does.Contain("ops2 做了本批次采用的修订").And.Contain("经审批举证答复"));
            Assert.That(byOther.ExitCode, Is.Zero, byOther.Error);
        });
    }
}
