using System.Globalization;
using System.IO.Abstractions;
using System.Text.RegularExpressions;
using RiskReporting.Core.Digests;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Text;

namespace RiskReporting.Evidence.Notices;

/// <summary>
/// Reads a consistency-dispute notice <c>{ORG}_YZXFK_{D}_{BATCH}_{ROUND}.txt</c> (disputes.md): GB18030,
/// fields separated by '|'. Every problem is collected before the notice is refused, so the operator can
/// send the regulator one complete list.
/// </summary>
public sealed partial class NoticeReader(IFileSystem fileSystem)
{
    /// <summary>Far above any real notice (an item is about 200 bytes); stops a wrong file from filling memory.</summary>
    private const long MaxNoticeBytes = 64L * 1024 * 1024;

    private const int FieldCount = 11;

    public NoticeFile Read(string path, string org)
    {
        var file = fileSystem.Path.GetFileName(path);
        if (!fileSystem.File.Exists(path))
        {
            throw new NoticeRejectedException([new NoticeProblem(file, 0, $"找不到文件 (no such file)：{path}")]);
        }

        if (fileSystem.FileInfo.New(path).Length > MaxNoticeBytes)
        {
            throw new NoticeRejectedException([new NoticeProblem(file, 0, $"超过 {MaxNoticeBytes / 1024 / 1024} MiB：这不是核查通知 (not a notice)")]);
        }

        var bytes = fileSystem.File.ReadAllBytes(path);
        var lines = Lines(Gb18030.Encoding.GetString(bytes));
        var problems = new List<NoticeProblem>();
        var header = ReadHeader(file, lines.Count > 0 ? lines[0] : string.Empty, org, lines.Count - 1, problems);
        var items = ReadItems(file, lines, problems);
        if (header is not null && NamePattern().Match(file) is { Success: true } named && named.Groups[1].Value != header.Name)
        {
            problems.Add(new NoticeProblem(file, 0, $"文件名为 {named.Groups[1].Value}，而表头为 {header.Name} (file name and header differ)"));
        }

        if (problems.Count > 0 || header is null)
        {
            throw new NoticeRejectedException(problems);
        }

        return header with { Lines = items, ContentSm3 = Sm3.Of(bytes) };
    }

    /// <summary>Lines separated by CRLF (a bare LF is tolerated); the empty line after the last CRLF is not an item.</summary>
    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static NoticeFile? ReadHeader(string file, string line, string org, int items, List<NoticeProblem> problems)
    {
        var fields = line.Split('|');
        if (fields.Length != 8 || fields[0] != "YZXFK")
        {
            problems.Add(new NoticeProblem(file, 1, "表头 (header) 应为 YZXFK|ORG|D|BATCH|ROUND|notice date|due date|item count"));
            return null;
        }

        var before = problems.Count;
        var (_, bank, dataDate, batch, round, noticeDate, dueDate, count) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]);
        if (bank != org)
        {
            problems.Add(new NoticeProblem(file, 1, $"ORG {bank} 不是本行代码 {org}"));
        }

        var d = Date(dataDate);
        var period = d is { } day && day == new ReportingPeriod(day.Year, day.Month).DataDate ? new ReportingPeriod(day.Year, day.Month) : (ReportingPeriod?)null;
        if (period is null)
        {
            problems.Add(new NoticeProblem(file, 1, $"D \"{dataDate}\" 不是月末日期 YYYYMMDD"));
        }

        var batchNumber = TwoDigits(batch);
        var roundNumber = TwoDigits(round);
        AddIf(batchNumber is null, $"BATCH \"{batch}\" 须为两位数字 01-99");
        AddIf(roundNumber is null, $"ROUND \"{round}\" 须为两位数字 01-99");
        var notice = Date(noticeDate);
        var due = Date(dueDate);
        AddIf(notice is null, $"通知日期 (notice date) \"{noticeDate}\" 不是有效日期 YYYYMMDD");
        AddIf(due is null, $"截止日期 (due date) \"{dueDate}\" 不是有效日期 YYYYMMDD");
        AddIf(notice is { } n && due is { } u && u < n, $"截止日期 (due date) {dueDate} 早于通知日期 (notice date) {noticeDate}");
        AddIf(count != items.ToString(CultureInfo.InvariantCulture), $"事项数 (item count) 为 \"{count}\"，但通知实有 {items} 项");
        return problems.Count > before
            ? null
            : new NoticeFile(bank, period!.Value, batchNumber!.Value, roundNumber!.Value, notice!.Value, due!.Value, [], string.Empty);

        void AddIf(bool condition, string reason)
        {
            if (condition)
            {
                problems.Add(new NoticeProblem(file, 1, reason));
            }
        }
    }

    private static List<NoticeLine> ReadItems(string file, List<string> lines, List<NoticeProblem> problems)
    {
        var items = new List<NoticeLine>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            var number = i + 1;
            var fields = lines[i].Split('|');
            if (fields.Length != FieldCount)
            {
                problems.Add(new NoticeProblem(file, number, $"有 {fields.Length} 个字段，应为 {FieldCount} 个 (fields)：DISPUTE_ID|CHECK_CODE|CUST_CODE|CUST_NAME|PART|FIELD|REPORTED_VALUE|SAME_INFO_VALUE|CONFLICT_INFO|PREVIOUS_VALUE|VERIFY_BANK_CODE"));
                continue;
            }

            var line = new NoticeLine(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7], fields[8], fields[9], fields[10]);
            foreach (var reason in ItemProblems(line))
            {
                problems.Add(new NoticeProblem(file, number, reason));
            }

            if (!firstLine.TryAdd(line.DisputeId, number))
            {
                problems.Add(new NoticeProblem(file, number, $"DISPUTE_ID {line.DisputeId} 重复出现（首次见于 line {firstLine[line.DisputeId]}）"));
            }

            items.Add(line);
        }

        return items;
    }

    private static IEnumerable<string> ItemProblems(NoticeLine line)
    {
        if (!DisputeIdPattern().IsMatch(line.DisputeId))
        {
            yield return $"DISPUTE_ID \"{line.DisputeId}\" 不符合 [0-9A-Za-z-]{{1,40}}";
        }

        if (line.CustCode.Length == 0)
        {
            yield return "CUST_CODE 为空";
        }

        var part = ReportParts.All.FirstOrDefault(p => p.Code == line.Part);
        if (part is null)
        {
            yield return $"PART \"{line.Part}\" 不是 spec 2026.1 的报表部件 (report part)";
        }
        else if (!part.HasField(line.Field))
        {
            yield return $"FIELD \"{line.Field}\" 不是 {line.Part} 的字段";
        }

        if (!BankCodePattern().IsMatch(line.VerifyBankCode))
        {
            yield return $"VERIFY_BANK_CODE \"{line.VerifyBankCode}\" 须为 17 位 [0-9A-Z] 字符";
        }
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static int? TwoDigits(string text) =>
        text.Length == 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : null;

    [GeneratedRegex("^[0-9A-Za-z-]{1,40}$")]
    private static partial Regex DisputeIdPattern();

    [GeneratedRegex("^[0-9A-Z]{17}$")]
    private static partial Regex BankCodePattern();

    [GeneratedRegex(@"^([^_]+_YZXFK_[^_]+_[^_]+_[^_.]+)\.txt$")]
    private static partial Regex NamePattern();
}
