using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Notices;

namespace RiskReporting.Evidence.Tests.Handling;

public sealed class DisputeImportTests
{
    [Test]
    public async Task Import_AssignsEachItemToTheManagingBranchElseTheVerifyingBranchElseHeadOfficeFlagged()
    {
        using var desk = await DisputeDesk.OpenAsync();

        var result = await desk.Service.ImportAsync(desk.Notice(), "zhang.wei");

        Assert.That(result.Items.Select(i => (i.DisputeId, i.BranchCode, i.Unassigned)), Is.EqualTo(new[]
        {
            ("D0001", "100001", false),
            ("D0002", "100002", false),
            ("D0003", "100002", false),
            ("D0004", "000001", true),
        }));
    }

    [Test]
    public async Task BranchDueDate_IsTwoWorkingDaysBeforeTheNoticeDueDate()
    {
        using var desk = await DisputeDesk.OpenAsync();

        var result = await desk.Service.ImportAsync(desk.Notice(), "zhang.wei");

        // Due Friday 2026-11-20: two working days earlier is Wednesday 2026-11-18.
        Assert.That(result.Items.Select(i => i.BranchDue).Distinct(), Is.EqualTo(new[] { new DateOnly(2026, 11, 18) }));
    }

    [Test]
    public async Task SameNoticeImportedTwice_ChangesNothing()
    {
        using var desk = await DisputeDesk.OpenAsync();
        var path = desk.Notice();
        await desk.Service.ImportAsync(path, "zhang.wei");
        var events = await desk.Store.EventsAsync(NoticeText.Name, "D0001");

        var again = await desk.Service.ImportAsync(path, "li.qiang");

        Assert.Multiple(async () =>
        {
            Assert.That(again.AlreadyImported, Is.True);
            Assert.That(again.Notice.ImportedBy, Is.EqualTo("zhang.wei"));
            Assert.That(await desk.Store.ListNoticesAsync(), Has.Count.EqualTo(1));
            Assert.That(await desk.Store.ListItemsAsync(null, null, null), Has.Count.EqualTo(4));
            Assert.That(await desk.Store.EventsAsync(NoticeText.Name, "D0001"), Has.Count.EqualTo(events.Count));
        });
    }

    [Test]
    public async Task DifferentNoticeUnderAnImportedName_IsRefused()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var changed = NoticeText.Write(desk.Files, [NoticeText.Header(1), NoticeText.Items[0]]);

        var refused = (await Assert.ThrowsAsync<NoticeRejectedException>(() => desk.Service.ImportAsync(changed, "zhang.wei")))!;

        Assert.Multiple(async () =>
        {
            Assert.That(refused.Message, Does.Contain("already imported").And.Contain("新的 ROUND"));
            Assert.That(await desk.Store.ListItemsAsync(null, null, null), Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task MalformedNotice_ImportsNothing()
    {
        using var desk = await DisputeDesk.OpenAsync();
        var path = NoticeText.Write(desk.Files, [NoticeText.Header(4), NoticeText.Items[0], NoticeText.Items[1], NoticeText.Items[2], NoticeText.Items[2]]);

        await Assert.ThrowsAsync<NoticeRejectedException>(() => desk.Service.ImportAsync(path, "zhang.wei"));

        Assert.Multiple(async () =>
        {
            Assert.That(await desk.Store.ListNoticesAsync(), Is.Empty);
            Assert.That(await desk.Store.ListItemsAsync(null, null, null), Is.Empty);
        });
    }

    [TestCase("wang.fang")]
    [TestCase("sun.li")]
    [TestCase("it.ops")]
    public async Task OnlyCreditManagement_ImportsNotices(string user)
    {
        using var desk = await DisputeDesk.OpenAsync();

        await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ImportAsync(desk.Notice(), user));
    }

    [Test]
    public async Task ItemsPastTheBranchDueDate_AreFlaggedOverdue()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();

        var before = await desk.Service.ListAsync("zhang.wei", null, null, null, overdueOnly: true);
        desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 16, 30, 0, TimeSpan.Zero)); // 2026-11-19 00:30 in Shanghai
        var after = await desk.Service.ListAsync("zhang.wei", null, null, DisputeState.Assigned, overdueOnly: true);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Empty);
            Assert.That(after.Select(i => i.DisputeId), Is.EqualTo(new[] { "D0001", "D0002", "D0003", "D0004" }));
        });
    }
}
