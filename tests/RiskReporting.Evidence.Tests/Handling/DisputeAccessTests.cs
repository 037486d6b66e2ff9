using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;

namespace RiskReporting.Evidence.Tests.Handling;

public sealed class DisputeAccessTests
{
    [Test]
    public async Task BranchUser_SeesOnlyItsOwnBranchesItems()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();

        var own = await desk.Service.ListAsync("zhao.lei", null, null, null, false);
        var asked = await desk.Service.ListAsync("zhao.lei", null, "100001", null, false);
        var all = await desk.Service.ListAsync("sun.li", null, null, null, false);

        Assert.Multiple(() =>
        {
            Assert.That(own.Select(i => i.DisputeId), Is.EqualTo(new[] { "D0002", "D0003" }));
            Assert.That(asked, Is.Empty);
            Assert.That(all, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task BranchUser_IsRefusedAnotherBranchesItem_WithTheWordsUsedForAMissingItem()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();
        var file = EvidenceFiles.Pdf(desk.Files);

        var show = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ShowAsync(new ItemReference("D0002"), "wang.fang")))!;
        var answer = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.AnswerAsync(new ItemReference("D0002"),
            new DisputeAnswer(DisputeResult.Confirmed, null, null, "名称一致"), [new EvidenceUpload(file, "licence.pdf")], "wang.fang")))!;
        var missing = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ShowAsync(new ItemReference("D9999"), "wang.fang")))!;

        Assert.Multiple(async () =>
        {
            Assert.That(show.Message, Is.EqualTo("wang.fang（branch:100001）没有争议项 D0002 (no dispute item)。"));
            Assert.That(answer.Message, Is.EqualTo(show.Message));
            Assert.That(missing.Message, Is.EqualTo("wang.fang（branch:100001）没有争议项 D9999 (no dispute item)。"));
            Assert.That((await desk.Store.FindItemsAsync("D0002"))[0].State, Is.EqualTo(DisputeState.Assigned));
            Assert.That(await desk.Store.EvidenceAsync(NoticeText.Name, "D0002"), Is.Empty);
        });
    }

    [Test]
    public async Task Auditor_ReadsButCannotAnswer()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();

        var details = await desk.Service.ShowAsync(new ItemReference("D0001"), "sun.li");

        Assert.That(details.Item.DisputeId, Is.EqualTo("D0001"));
        await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.UploadAsync(new ItemReference("D0001"), [new EvidenceUpload(EvidenceFiles.Pdf(desk.Files), "a.pdf")], "sun.li"));
    }

    [Test]
    public async Task ItOperations_HasNoAccessToDisputeItems()
    {
        using var desk = await DisputeDesk.OpenAsync();
        await desk.ImportAsync();

        await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ListAsync("it.ops", null, null, null, false));
    }

    [Test]
    public async Task UnknownUser_IsRefused()
    {
        using var desk = await DisputeDesk.OpenAsync();

        var refused = (await Assert.ThrowsAsync<DisputeRefusedException>(() => desk.Service.ImportAsync(desk.Notice(), "nobody")))!;

        Assert.That(refused.Message, Does.Contain("'nobody' 不是用户 (not a user)"));
    }
}
