using System.IO.Compression;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Store;
using RiskReporting.Testing;

namespace RiskReporting.Evidence.Tests.Handling;

public sealed class DisputeWorkflowTests
{
    private static readonly DisputeAnswer Confirmed = new(DisputeResult.Confirmed, null, null, "工商登记信息与报送一致");

    [Test]
    public async Task UploadThenAnswer_MovesTheItemThroughInProgressToSubmitted_RecordingWhoAndWhy()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var item = new ItemReference("D0002");

        await desk.Service.UploadAsync(item, [new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "营业执照.pdf")], "zhao.lei");
        await desk.Service.AnswerAsync(item, Confirmed, [], "zhao.lei");

        var history = await desk.Store.EventsAsync(NoticeText.Name, "D0002");
        Assert.That(history.Select(e => (e.Actor, e.From, e.To)), Is.EqualTo(new (string, DisputeState?, DisputeState)[]
        {
            ("zhang.wei", null, DisputeState.Assigned),
            ("zhao.lei", DisputeState.Assigned, DisputeState.InProgress),
            ("zhao.lei", DisputeState.InProgress, DisputeState.Submitted),
        }));
    }

    [Test]
    public async Task ConfirmedAnswerWithoutEvidence_IsRefused()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();

        var refused = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.AnswerAsync(new ItemReference("D0002"), Confirmed, [], "zhao.lei")))!;

        Assert.That(refused.Message, Does.Contain("须附证明材料 (needs evidence)"));
    }

    [Test]
    public async Task CorrectedValueThatTheFieldCannotCarry_IsRefused()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var answer = new DisputeAnswer(DisputeResult.Corrected, "186000", new DateOnly(2026, 10, 15), "以年报为准");

        var refused = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.AnswerAsync(new ItemReference("D0001"), answer, [], "wang.fang")))!;

        Assert.That(refused.Message, Does.Contain("TOTAL_ASSETS 须为以万元为单位、两位小数的金额 (amount)"));
    }

    [Test]
    public async Task ExecutableRenamedPdf_IsRefusedAndTheItemIsUnchanged()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();

        await Assert.ThrowsAsync<EvidenceRejectedException>(() =>
            desk.Service.UploadAsync(new ItemReference("D0001"), [new EvidenceUpload(EvidenceFiles.ExecutableNamedPdf(desk.Files), "invoice.pdf")], "wang.fang"));

        Assert.Multiple(async () =>
        {
            Assert.That((await desk.Store.FindItemsAsync("D0001"))[0].State, Is.EqualTo(DisputeState.Assigned));
            Assert.That(await desk.Store.EvidenceAsync(NoticeText.Name, "D0001"), Is.Empty);
        });
    }

    [Test]
    public async Task FileOf21MiB_IsRefused()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var large = EvidenceFiles.LargePdf(desk.Files, 21L * 1024 * 1024);

        var refused = (await Assert.ThrowsAsync<EvidenceRejectedException>(() =>
            desk.Service.UploadAsync(new ItemReference("D0001"), [new EvidenceUpload(large, "年报扫描件.pdf")], "wang.fang")))!;

        Assert.That(refused.Message, Is.EqualTo("年报扫描件.pdf：21.0 MiB，超过单个证明材料 (evidence file) 允许的 20 MiB"));
    }

    [Test]
    public async Task EvidenceBeyond100MiBForOneItem_IsRefused()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var item = new ItemReference("D0001");
        for (var i = 0; i < 5; i++)
        {
            var file = EvidenceFiles.LargePdf(desk.Files, (19L * 1024 * 1024) + i);
            await desk.Service.UploadAsync(item, [new EvidenceUpload(file, $"part{i}.pdf")], "wang.fang");
        }

        var sixth = EvidenceFiles.LargePdf(desk.Files, (19L * 1024 * 1024) + 5);
        var refused = (await Assert.ThrowsAsync<EvidenceRejectedException>(() => desk.Service.UploadAsync(item, [new EvidenceUpload(sixth, "part5.pdf")], "wang.fang")))!;

        Assert.Multiple(async () =>
        {
            Assert.That(refused.Message, Does.Contain("超过允许的 100 MiB"));
            Assert.That(await desk.Store.EvidenceAsync(NoticeText.Name, "D0001"), Has.Count.EqualTo(5));
        });
    }

    [Test]
    public async Task Reviewer_MustNotBeWhoAnswered()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        await desk.Service.AnswerAsync(new ItemReference("D0004"), Confirmed, [new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "a.pdf")], "zhang.wei");

        var refused = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ReviewAsync(new ItemReference("D0004"), approve: true, null, "zhang.wei")))!;
        var (approved, _, _) = await desk.Service.ReviewAsync(new ItemReference("D0004"), approve: true, null, "li.qiang");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("four eyes"));
            Assert.That(approved.State, Is.EqualTo(DisputeState.Approved));
        });
    }

    [Test]
    public async Task ReturnedAnswer_GoesBackToTheBranchWithTheReason_AndCanBeAnsweredAgain()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var item = new ItemReference("D0002");
        await desk.Service.AnswerAsync(item, Confirmed, [new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "a.pdf")], "zhao.lei");

        var (returned, _, _) = await desk.Service.ReviewAsync(item, approve: false, "请补充工商登记查询截图", "zhang.wei");
        var again = await desk.Service.AnswerAsync(item, Confirmed, [new EvidenceUpload(EvidenceFiles.Png(desk.Files), "查询截图.png")], "zhao.lei");

        var history = await desk.Store.EventsAsync(NoticeText.Name, "D0002");
        Assert.Multiple(async () =>
        {
            Assert.That(returned.State, Is.EqualTo(DisputeState.Returned));
            Assert.That(history.Single(e => e.To == DisputeState.Returned).Reason, Is.EqualTo("请补充工商登记查询截图"));
            Assert.That(again.State, Is.EqualTo(DisputeState.Submitted));
            Assert.That((await desk.Store.EvidenceAsync(NoticeText.Name, "D0002")).Select(f => f.Seq), Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public async Task ApprovedCorrection_BecomesAnOverrideOfTheDisputedFieldForThePeriod()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var answer = new DisputeAnswer(DisputeResult.Corrected, "186000.00", new DateOnly(2026, 10, 15), "以2025年审计报告为准");
        await desk.Service.AnswerAsync(new ItemReference("D0001"), answer, [new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "审计报告.pdf")], "wang.fang");

        var (item, overrides, note) = await desk.Service.ReviewAsync(new ItemReference("D0001"), approve: true, null, "zhang.wei");

        var stored = await desk.Store.OverridesForAsync(DisputeDesk.Period);
        Assert.Multiple(() =>
        {
            Assert.That(note, Is.Null);
            Assert.That(stored.Select(o => (o.Part, o.Key, o.Field, o.Value, o.By)), Is.EqualTo(new[] { ("B3P1", "KH0000000001", "TOTAL_ASSETS", "186000.00", "zhang.wei") }));
            Assert.That(stored[0].Reason, Does.Contain("D0001"));
            Assert.That(item.OverrideIds, Is.EqualTo(overrides[0].Id));
        });
    }

    [Test]
    public async Task Export_IsRefusedWhileItemsAreNotApproved_ListingThem()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        await ApproveAsync(desk, "D0002", "zhao.lei");

        var refused = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ExportAsync(NoticeText.Name, partial: false, desk.Outbox, "zhang.wei")))!;

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("4 项中有 3 项尚未审核通过").And.Contain("D0001（ASSIGNED，机构 100001）").And.Contain("D0004（ASSIGNED，机构 000001）"));
            Assert.That(Directory.Exists(desk.Outbox) ? Directory.GetFiles(desk.Outbox) : [], Is.Empty);
        });
    }

    [Test]
    public async Task PartialExport_AnswersTheApprovedItemsAndListsTheMissingOnes()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        await ApproveAsync(desk, "D0002", "zhao.lei");

        var result = await desk.Service.ExportAsync(NoticeText.Name, partial: true, desk.Outbox, "zhang.wei");

        Assert.Multiple(async () =>
        {
            Assert.That(result.Answered, Is.EqualTo(new[] { "D0002" }));
            Assert.That(result.Missing, Is.EqualTo(new[] { "D0001", "D0003", "D0004" }));
            Assert.That((await desk.Store.FindItemsAsync("D0002"))[0].State, Is.EqualTo(DisputeState.Exported));
            Assert.That(KhfxChecker.Check("--response", result.Path, "--notice", desk.Notice()).ExitCode, Is.Zero);
        });
    }

    [Test]
    public async Task FullResponse_PassesTheRegulatorsChecker_WithHostileNamesStoredSafely()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        await ApproveAsync(desk, "D0001", "wang.fang", new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "../../etc/passwd"), new EvidenceUpload(EvidenceFiles.Docx(desk.Files), "财务报表.docx"));
        await ApproveAsync(desk, "D0002", "zhao.lei", new EvidenceUpload(EvidenceFiles.Xlsx(desk.Files), "a|b\r\nc.xlsx"));
        await ApproveAsync(desk, "D0003", "zhao.lei");
        await ApproveAsync(desk, "D0004", "zhang.wei");

        var result = await desk.Service.ExportAsync(NoticeText.Name, partial: false, desk.Outbox, "zhang.wei");

        using var zip = ZipFile.OpenRead(result.Path);
        var (exitCode, output) = KhfxChecker.Check("--response", result.Path, "--notice", desk.Notice());
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(Path.GetFileName(result.Path), Is.EqualTo("B0001H111000001_YZXHF_20261031_01_01.zip"));
            Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(new[]
            {
                "B0001H111000001_YZXHF_20261031_01_01.txt",
                "evidence/D0001/01_.._.._etc_passwd",
                "evidence/D0001/02_____.docx",
                "evidence/D0002/01_a_b__c.xlsx",
                "evidence/D0003/01_licence.pdf",
                "evidence/D0004/01_licence.pdf",
                "B0001H111000001_YZXHF_20261031_01_01.idx",
            }));
            Assert.That(Directory.GetFiles(desk.EvidenceFolder, "*passwd*", SearchOption.AllDirectories), Is.Empty);
            Assert.That(Directory.GetFiles(desk.Outbox), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task SameApprovedItems_GiveTheSameResponseBytes()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        foreach (var id in new[] { "D0001", "D0004" })
        {
            await ApproveAsync(desk, id, id == "D0001" ? "wang.fang" : "zhang.wei");
        }

        var first = File.ReadAllBytes((await desk.Service.ExportAsync(NoticeText.Name, partial: true, desk.Outbox, "zhang.wei")).Path);
        desk.Clock.Advance(TimeSpan.FromHours(3));
        var second = File.ReadAllBytes((await desk.Service.ExportAsync(NoticeText.Name, partial: true, desk.Outbox, "li.qiang")).Path);

        Assert.That(second, Is.EqualTo(first));
    }

    /// <summary>The branch answers RESULT 1 with the files (a licence PDF when none given) and another user approves.</summary>
    private static async Task ApproveAsync(DisputeDesk desk, string id, string answeredBy, params EvidenceUpload[] files)
    {
        var uploads = files.Length > 0 ? files : [new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "licence.pdf")];
        await desk.Service.AnswerAsync(new ItemReference(id), Confirmed, uploads, answeredBy);
        await desk.Service.ReviewAsync(new ItemReference(id), approve: true, null, answeredBy == "li.qiang" ? "zhang.wei" : "li.qiang");
    }
}
