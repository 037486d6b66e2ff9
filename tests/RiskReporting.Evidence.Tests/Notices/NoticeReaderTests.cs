using System.IO.Abstractions;
using RiskReporting.Evidence.Notices;
using RiskReporting.Testing;

namespace RiskReporting.Evidence.Tests.Notices;

public sealed class NoticeReaderTests
{
    private readonly TemporaryDirectory _folder = new();

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void WellFormedNotice_IsReadWithItsIdentityDatesAndItemsInOrder()
    {
        var notice = Read(NoticeText.WriteStandard(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(notice.Name, Is.EqualTo(NoticeText.Name));
            Assert.That(notice.DueDate, Is.EqualTo(new DateOnly(2026, 11, 20)));
            Assert.That(notice.Lines.Select(l => l.DisputeId), Is.EqualTo(new[] { "D0001", "D0002", "D0003", "D0004" }));
            Assert.That(notice.Lines[1].ConflictInfo, Is.EqualTo("企业名称：济南鑫源置业有限公司"));
            Assert.That(notice.Lines[1].PreviousValue, Is.Empty);
        });
    }

    [Test]
    public void MalformedHeader_IsRefusedNamingLineOne()
    {
        var path = NoticeText.Write(_folder.Path, ["YZXFK|B0001H111000001|20261031|01|01|20261110", .. NoticeText.Items], "bad-header");

        var problems = Problems(path);

        Assert.That(problems, Is.EqualTo(new[] { "bad-header.txt line 1：表头 (header) 应为 YZXFK|ORG|D|BATCH|ROUND|notice date|due date|item count" }));
    }

    [Test]
    public void ItemCountThatDiffersFromTheLines_IsRefused()
    {
        var path = NoticeText.Write(_folder.Path, [NoticeText.Header(5), .. NoticeText.Items], "wrong-count");

        Assert.That(Problems(path), Does.Contain("wrong-count.txt line 1：事项数 (item count) 为 \"5\"，但通知实有 4 项"));
    }

    [Test]
    public void RepeatedDisputeId_IsRefusedNamingBothLines()
    {
        var path = NoticeText.Write(_folder.Path, [NoticeText.Header(3), NoticeText.Items[0], NoticeText.Items[1], NoticeText.Items[0]], "duplicate");

        Assert.That(Problems(path), Is.EqualTo(new[] { "duplicate.txt line 4：DISPUTE_ID D0001 重复出现（首次见于 line 2）" }));
    }

    [Test]
    public void LineWithTheWrongNumberOfFields_IsRefused()
    {
        var path = NoticeText.Write(_folder.Path, [NoticeText.Header(2), NoticeText.Items[0], NoticeText.Items[1] + "|extra"], "fields");

        Assert.That(Problems(path), Has.Exactly(1).StartsWith("fields.txt line 3：有 12 个字段，应为 11 个"));
    }

    [Test]
    public void NoticeWithSeveralProblems_ListsEveryOneOfThem()
    {
        var path = NoticeText.Write(_folder.Path,
        [
            "YZXFK|B0001H111000001|20261030|01|01|20261110|20261120|4",
            NoticeText.Items[0],
            NoticeText.Items[0],
            "D 9|KH-X|KH1|名称|B9P9|X|1|2|3|4|B0001B11000000001",
            "D0009|KH-X|KH1|名称|B3P1|TOTAL_ASSETS|1|2|3",
        ], "many");

        Assert.That(Problems(path), Is.EquivalentTo(new[]
        {
            "many.txt line 1：D \"20261030\" 不是月末日期 YYYYMMDD",
            "many.txt line 3：DISPUTE_ID D0001 重复出现（首次见于 line 2）",
            "many.txt line 4：DISPUTE_ID \"D 9\" 不符合 [0-9A-Za-z-]{1,40}",
            "many.txt line 4：PART \"B9P9\" 不是 spec 2026.1 的报表部件 (report part)",
            "many.txt line 5：有 9 个字段，应为 11 个 (fields)：DISPUTE_ID|CHECK_CODE|CUST_CODE|CUST_NAME|PART|FIELD|REPORTED_VALUE|SAME_INFO_VALUE|CONFLICT_INFO|PREVIOUS_VALUE|VERIFY_BANK_CODE",
        }));
    }

    [Test]
    public void NoticeForAnotherBank_IsRefused()
    {
        var path = NoticeText.Write(_folder.Path, ["YZXFK|B0002H222000002|20261031|01|01|20261110|20261120|1", NoticeText.Items[0]], "other-bank");

        Assert.That(Problems(path), Does.Contain("other-bank.txt line 1：ORG B0002H222000002 不是本行代码 B0001H111000001"));
    }

    [Test]
    public void FileNameThatContradictsTheHeader_IsRefused()
    {
        var path = NoticeText.Write(_folder.Path, [NoticeText.Header(4), .. NoticeText.Items], "B0001H111000001_YZXFK_20261031_01_02");

        Assert.That(Problems(path), Is.EqualTo(new[] { "B0001H111000001_YZXFK_20261031_01_02.txt：文件名为 B0001H111000001_YZXFK_20261031_01_02，而表头为 B0001H111000001_YZXFK_20261031_01_01 (file name and header differ)" }));
    }

    private static NoticeFile Read(string path) => new NoticeReader(new FileSystem()).Read(path, NoticeText.Org);

    private static string[] Problems(string path) =>
        [.. Assert.Throws<NoticeRejectedException>(() => Read(path))!.Problems.Select(p => p.ToString())];
}
