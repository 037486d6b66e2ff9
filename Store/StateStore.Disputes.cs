using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    private const string DayFormat = "yyyyMMdd";

    public async Task<DisputeNotice?> FindNoticeAsync(string name, CancellationToken cancellationToken = default) =>
        await QueryNoticesAsync("WHERE notice_name = @n", cancellationToken, ("n", name)) is [var notice] ? notice : null;

    public Task<IReadOnlyList<DisputeNotice>> ListNoticesAsync(CancellationToken cancellationToken = default) =>
        QueryNoticesAsync("ORDER BY notice_name", cancellationToken);

    public async Task ImportNoticeAsync(DisputeNotice notice, IReadOnlyList<DisputeItem> items, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, Sql("disputes.notice-insert"), cancellationToken,
            ("n", notice.Name), ("p", notice.Period.ToString()), ("b", notice.Batch), ("r", notice.Round), ("nd", Day(notice.NoticeDate)), ("dd", Day(notice.DueDate)),
            ("c", notice.ItemCount), ("h", notice.ContentSm3), ("u", notice.ImportedBy), ("t", Format(notice.ImportedAt)));
        foreach (var item in items)
        {
            await InsertItemAsync(connection, transaction, item, cancellationToken);
            await InsertEventAsync(connection, transaction, new DisputeEvent(item.Notice, item.DisputeId, notice.ImportedAt, notice.ImportedBy, null, item.State,
                item.Unassigned ? "已导入 (imported)；未找到管户机构，分派给总行 (unassigned)" : $"已导入 (imported)；分派给机构 {item.BranchCode}"), cancellationToken);
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(notice.ImportedAt, notice.ImportedBy, "dispute.import", "notice:" + notice.Name,
            $"{items.Count} 项，截止 (due) {Day(notice.DueDate)}，sm3 {notice.ContentSm3}"), cancellationToken);
        foreach (var notification in DisputeNotifications.For(DisputeNotifications.Assigned, notice.Period, items))
        {
            await InsertNotificationAsync(connection, transaction, notification, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DisputeItem>> ListItemsAsync(string? notice, string? branch, DisputeState? state, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (notice is not null)
        {
            conditions.Add("notice_name = @n");
            parameters.Add(("n", notice));
        }

        if (branch is not null)
        {
            conditions.Add("branch_code = @b");
            parameters.Add(("b", branch));
        }

        if (state is { } s)
        {
            conditions.Add("state = @s");
            parameters.Add(("s", DisputeStates.Text(s)));
        }

        var where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
        return await QueryItemsAsync($"{where} ORDER BY notice_name, seq", cancellationToken, [.. parameters]);
    }

    public Task<IReadOnlyList<DisputeItem>> FindItemsAsync(string disputeId, CancellationToken cancellationToken = default) =>
        QueryItemsAsync("WHERE dispute_id = @d ORDER BY notice_name", cancellationToken, ("d", disputeId));

    public async Task<bool> ChangeItemsAsync(IReadOnlyList<DisputeChange> changes, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (item, change, files, corrections) in changes)
        {
            var answer = item.Answer;
            var changed = await ChangeAsync(connection, transaction, Sql("disputes.item-change"), cancellationToken,
                ("b", item.BranchCode), ("u", item.Unassigned ? 1 : 0), ("s", DisputeStates.Text(item.State)),
                ("r", answer is null ? null : ((int)answer.Result).ToString(CultureInfo.InvariantCulture)), ("v", answer?.CorrectedValue),
                ("d", answer?.ChangeDate is { } day ? Day(day) : null), ("e", answer?.Explanation), ("a", item.AnsweredBy), ("o", item.OverrideIds),
                ("t", Format(item.UpdatedAt)), ("n", item.Notice), ("id", item.DisputeId), ("from", change.From is { } from ? DisputeStates.Text(from) : null));
            if (changed != 1)
            {
                return false;
            }

            foreach (var file in files)
            {
                await ExecuteAsync(connection, transaction, Sql("disputes.evidence-insert"), cancellationToken, ("n", file.Notice), ("d", file.DisputeId), ("q", file.Seq), ("h", file.Sm3), ("o", file.OriginalName), ("k", file.Kind.ToString()),
                    ("b", file.Bytes), ("u", file.UploadedBy), ("t", Format(file.UploadedAt)));
            }

            foreach (var correction in corrections)
            {
                await InsertOverrideAsync(connection, transaction, correction, cancellationToken);
            }

            await InsertEventAsync(connection, transaction, change, cancellationToken);
        }

        // Answers credit management returned: the branch is told, in the transaction that returns them.
        foreach (var returned in changes.Where(c => c.Changed.State == DisputeState.Returned && c.Event.From != DisputeState.Returned).GroupBy(c => c.Changed.Notice))
        {
            var period = await ScalarAsync(connection, transaction, "SELECT period FROM dispute_notices WHERE notice_name = @n", cancellationToken, ("n", returned.Key));
            foreach (var notification in DisputeNotifications.For(DisputeNotifications.Returned, Core.Periods.ReportingPeriod.Parse(Convert.ToString(period, CultureInfo.InvariantCulture)!), returned.Select(c => c.Changed)))
            {
                await InsertNotificationAsync(connection, transaction, notification, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<EvidenceFile>> EvidenceAsync(string notice, string disputeId, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            Sql("disputes.evidence"),
            r => new EvidenceFile(notice, disputeId, r.Int32(0), r.GetString(1), r.GetString(2), Enum.Parse<EvidenceKind>(r.GetString(3)), r.Int64(4), r.GetString(5), r.Time(6)),
            cancellationToken,
            ("n", notice), ("d", disputeId));

    public async Task<IReadOnlyList<DisputeEvent>> EventsAsync(string notice, string disputeId, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            Sql("disputes.events"),
            r => new DisputeEvent(notice, disputeId, r.Time(0), r.GetString(1), r.Text(2) is { } from ? DisputeStates.Parse(from) : null, DisputeStates.Parse(r.GetString(3)), r.GetString(4)),
            cancellationToken,
            ("n", notice), ("d", disputeId));

    public async Task<BranchDirectory?> BranchDirectoryAsync(ReportingPeriod period, int batch, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The disputed batch, else the period's latest (a notice may concern a batch since replaced by a correction).
        if (await ScalarAsync(connection, null, Sql("disputes.branch-run"), cancellationToken, ("p", period.ToString()), ("b", batch)) is not string id)
        {
            return null;
        }

        var byBankCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var headOffice = string.Empty;
        var branches = await QueryAsync(connection, null, "SELECT branch_code, bank_code, head_office FROM snapshot_branches WHERE run_id = @id",
            r => (Branch: r.GetString(0), BankCode: r.GetString(1), HeadOffice: r.Flag(2)), cancellationToken, ("id", id));
        foreach (var (branch, bankCode, isHeadOffice) in branches)
        {
            byBankCode[bankCode] = branch;
            headOffice = isHeadOffice ? branch : headOffice;
        }

        var managing = await PairsAsync(connection, "SELECT customer_code, branch_code FROM snapshot_managers WHERE run_id = @id", id, cancellationToken);
        return new BranchDirectory(managing, byBankCode, headOffice);
    }

    private async Task InsertItemAsync(DbConnection connection, DbTransaction transaction, DisputeItem item, CancellationToken cancellationToken)
    {
        var line = item.Line;
        await ExecuteAsync(connection, transaction, Sql("disputes.item-insert"), cancellationToken, ("n", item.Notice), ("id", line.DisputeId), ("q", item.Seq), ("cc", line.CheckCode), ("cu", line.CustCode), ("cn", line.CustName),
            ("p", line.Part), ("f", line.Field), ("rv", line.ReportedValue), ("sv", line.SameInfoValue), ("ci", line.ConflictInfo), ("pv", line.PreviousValue),
            ("vb", line.VerifyBankCode), ("b", item.BranchCode), ("u", item.Unassigned ? 1 : 0), ("bd", Day(item.BranchDue)), ("s", DisputeStates.Text(item.State)),
            ("t", Format(item.UpdatedAt)));
    }

    private Task InsertEventAsync(DbConnection connection, DbTransaction transaction, DisputeEvent change, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, Sql("disputes.event-insert"), cancellationToken, ("n", change.Notice), ("d", change.DisputeId), ("t", Format(change.At)), ("a", change.Actor),
            ("f", change.From is { } from ? DisputeStates.Text(from) : null), ("s", DisputeStates.Text(change.To)), ("r", change.Reason));

    private async Task<IReadOnlyList<DisputeNotice>> QueryNoticesAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await QueryAsync(Sql("disputes.notices") + " " + where, ReadNotice, cancellationToken, parameters);

    private async Task<IReadOnlyList<DisputeItem>> QueryItemsAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await QueryAsync(Sql("disputes.items") + " " + where, ReadItem, cancellationToken, parameters);

    private static DisputeNotice ReadNotice(DbDataReader r)
    {
        var name = r.GetString(0);
        return new DisputeNotice(name, name[..name.IndexOf('_', StringComparison.Ordinal)], ReportingPeriod.Parse(r.GetString(1)), r.Int32(2), r.Int32(3),
            ParseDay(r.GetString(4)), ParseDay(r.GetString(5)), r.Int32(6), r.GetString(7), r.GetString(8), r.Time(9));
    }

    private static DisputeItem ReadItem(DbDataReader r)
    {
        var line = new NoticeLine(r.GetString(1), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
            r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11), r.GetString(12));
        var answer = r.Text(17) is { } result
            ? new DisputeAnswer((DisputeResult)int.Parse(result, CultureInfo.InvariantCulture), r.Text(18), r.Text(19) is { } day ? ParseDay(day) : null, r.Text(20) ?? string.Empty)
            : null;
        return new DisputeItem(r.GetString(0), r.Int32(2), line, r.GetString(13), r.Flag(14), ParseDay(r.GetString(15)), DisputeStates.Parse(r.GetString(16)),
            answer, r.Text(21), r.Text(22), r.Time(23));
    }

    private static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);
}
