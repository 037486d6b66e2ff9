using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    private const string DayFormat = "yyyyMMdd";

    private const string NoticeColumns = "notice_name, period, batch, round, notice_date, due_date, item_count, content_sm3, imported_by, imported_at";

    private const string ItemColumns =
        "notice_name, dispute_id, seq, check_code, cust_code, cust_name, part, field, reported_value, same_info_value, conflict_info, previous_value, " +
        "verify_bank_code, branch_code, unassigned, branch_due, state, result, corrected_value, change_date, explanation, answered_by, override_ids, updated_at";

    public async Task<DisputeNotice?> FindNoticeAsync(string name, CancellationToken cancellationToken = default) =>
        await QueryNoticesAsync("WHERE notice_name = @n", cancellationToken, ("n", name)) is [var notice] ? notice : null;

    public Task<IReadOnlyList<DisputeNotice>> ListNoticesAsync(CancellationToken cancellationToken = default) =>
        QueryNoticesAsync("ORDER BY notice_name", cancellationToken);

    public async Task ImportNoticeAsync(DisputeNotice notice, IReadOnlyList<DisputeItem> items, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"INSERT INTO dispute_notices ({NoticeColumns}) VALUES (@n, @p, @b, @r, @nd, @dd, @c, @h, @u, @t)", cancellationToken,
            ("n", notice.Name), ("p", notice.Period.ToString()), ("b", notice.Batch), ("r", notice.Round), ("nd", Day(notice.NoticeDate)), ("dd", Day(notice.DueDate)),
            ("c", notice.ItemCount), ("h", notice.ContentSm3), ("u", notice.ImportedBy), ("t", Format(notice.ImportedAt)));
        foreach (var item in items)
        {
            await InsertItemAsync(connection, transaction, item, cancellationToken);
            await InsertEventAsync(connection, transaction, new DisputeEvent(item.Notice, item.DisputeId, notice.ImportedAt, notice.ImportedBy, null, item.State,
                item.Unassigned ? "imported; no managing branch found, assigned to head office (unassigned)" : $"imported; assigned to branch {item.BranchCode}"), cancellationToken);
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(notice.ImportedAt, notice.ImportedBy, "dispute.import", "notice:" + notice.Name,
            $"{items.Count} items, due {Day(notice.DueDate)}, sm3 {notice.ContentSm3}"), cancellationToken);
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
            await using var update = Command(connection, transaction,
                "UPDATE dispute_items SET branch_code = @b, unassigned = @u, state = @s, result = @r, corrected_value = @v, change_date = @d, explanation = @e, " +
                "answered_by = @a, override_ids = @o, updated_at = @t WHERE notice_name = @n AND dispute_id = @id AND state = @from",
                ("b", item.BranchCode), ("u", item.Unassigned ? 1 : 0), ("s", DisputeStates.Text(item.State)),
                ("r", answer is null ? null : ((int)answer.Result).ToString(CultureInfo.InvariantCulture)), ("v", answer?.CorrectedValue),
                ("d", answer?.ChangeDate is { } day ? Day(day) : null), ("e", answer?.Explanation), ("a", item.AnsweredBy), ("o", item.OverrideIds),
                ("t", Format(item.UpdatedAt)), ("n", item.Notice), ("id", item.DisputeId), ("from", change.From is { } from ? DisputeStates.Text(from) : null));
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }

            foreach (var file in files)
            {
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO evidence_files (notice_name, dispute_id, seq, sm3, original_name, kind, bytes, uploaded_by, uploaded_at) VALUES (@n, @d, @q, @h, @o, @k, @b, @u, @t)",
                    cancellationToken, ("n", file.Notice), ("d", file.DisputeId), ("q", file.Seq), ("h", file.Sm3), ("o", file.OriginalName), ("k", file.Kind.ToString()),
                    ("b", file.Bytes), ("u", file.UploadedBy), ("t", Format(file.UploadedAt)));
            }

            foreach (var correction in corrections)
            {
                await InsertOverrideAsync(connection, transaction, correction, cancellationToken);
            }

            await InsertEventAsync(connection, transaction, change, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<EvidenceFile>> EvidenceAsync(string notice, string disputeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT seq, sm3, original_name, kind, bytes, uploaded_by, uploaded_at FROM evidence_files WHERE notice_name = @n AND dispute_id = @d ORDER BY seq",
            ("n", notice), ("d", disputeId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var files = new List<EvidenceFile>();
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new EvidenceFile(notice, disputeId, Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2),
                Enum.Parse<EvidenceKind>(reader.GetString(3)), Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture), reader.GetString(5), Parse(reader.GetString(6))));
        }

        return files;
    }

    public async Task<IReadOnlyList<DisputeEvent>> EventsAsync(string notice, string disputeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT at, actor, from_state, to_state, reason FROM dispute_events WHERE notice_name = @n AND dispute_id = @d ORDER BY event_id", ("n", notice), ("d", disputeId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<DisputeEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new DisputeEvent(notice, disputeId, Parse(reader.GetString(0)), reader.GetString(1),
                reader.IsDBNull(2) ? null : DisputeStates.Parse(reader.GetString(2)), DisputeStates.Parse(reader.GetString(3)), reader.GetString(4)));
        }

        return events;
    }

    public async Task<BranchDirectory?> BranchDirectoryAsync(ReportingPeriod period, int batch, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The disputed batch, else the period's latest (a notice may concern a batch since replaced by a correction).
        var runId = await ScalarAsync(connection, null, "SELECT run_id FROM runs WHERE period = @p ORDER BY CASE WHEN batch = @b THEN 0 ELSE 1 END, batch DESC LIMIT 1",
            cancellationToken, ("p", period.ToString()), ("b", batch));
        if (runId is not string id)
        {
            return null;
        }

        var byBankCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var headOffice = string.Empty;
        await using (var command = Command(connection, null, "SELECT branch_code, bank_code, head_office FROM snapshot_branches WHERE run_id = @id", ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byBankCode[reader.GetString(1)] = reader.GetString(0);
                headOffice = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture) == 1 ? reader.GetString(0) : headOffice;
            }
        }

        var managing = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = Command(connection, null, "SELECT customer_code, branch_code FROM snapshot_managers WHERE run_id = @id", ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                managing[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return new BranchDirectory(managing, byBankCode, headOffice);
    }

    private static async Task InsertItemAsync(DbConnection connection, DbTransaction transaction, DisputeItem item, CancellationToken cancellationToken)
    {
        var line = item.Line;
        await ExecuteAsync(connection, transaction,
            $"INSERT INTO dispute_items ({ItemColumns}) VALUES (@n, @id, @q, @cc, @cu, @cn, @p, @f, @rv, @sv, @ci, @pv, @vb, @b, @u, @bd, @s, NULL, NULL, NULL, NULL, NULL, NULL, @t)",
            cancellationToken, ("n", item.Notice), ("id", line.DisputeId), ("q", item.Seq), ("cc", line.CheckCode), ("cu", line.CustCode), ("cn", line.CustName),
            ("p", line.Part), ("f", line.Field), ("rv", line.ReportedValue), ("sv", line.SameInfoValue), ("ci", line.ConflictInfo), ("pv", line.PreviousValue),
            ("vb", line.VerifyBankCode), ("b", item.BranchCode), ("u", item.Unassigned ? 1 : 0), ("bd", Day(item.BranchDue)), ("s", DisputeStates.Text(item.State)),
            ("t", Format(item.UpdatedAt)));
    }

    private static Task InsertEventAsync(DbConnection connection, DbTransaction transaction, DisputeEvent change, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            "INSERT INTO dispute_events (notice_name, dispute_id, at, actor, from_state, to_state, reason) VALUES (@n, @d, @t, @a, @f, @s, @r)",
            cancellationToken, ("n", change.Notice), ("d", change.DisputeId), ("t", Format(change.At)), ("a", change.Actor),
            ("f", change.From is { } from ? DisputeStates.Text(from) : null), ("s", DisputeStates.Text(change.To)), ("r", change.Reason));

    private async Task<IReadOnlyList<DisputeNotice>> QueryNoticesAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {NoticeColumns} FROM dispute_notices {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var notices = new List<DisputeNotice>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            notices.Add(new DisputeNotice(name, name[..name.IndexOf('_', StringComparison.Ordinal)], ReportingPeriod.Parse(reader.GetString(1)),
                Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                ParseDay(reader.GetString(4)), ParseDay(reader.GetString(5)), Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
                reader.GetString(7), reader.GetString(8), Parse(reader.GetString(9))));
        }

        return notices;
    }

    private async Task<IReadOnlyList<DisputeItem>> QueryItemsAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {ItemColumns} FROM dispute_items {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<DisputeItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var line = new NoticeLine(reader.GetString(1), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetString(11), reader.GetString(12));
            var answer = Text(17) is { } result
                ? new DisputeAnswer((DisputeResult)int.Parse(result, CultureInfo.InvariantCulture), Text(18), Text(19) is { } day ? ParseDay(day) : null, Text(20) ?? string.Empty)
                : null;
            items.Add(new DisputeItem(reader.GetString(0), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), line, reader.GetString(13),
                Convert.ToInt32(reader.GetValue(14), CultureInfo.InvariantCulture) == 1, ParseDay(reader.GetString(15)), DisputeStates.Parse(reader.GetString(16)),
                answer, Text(21), Text(22), Parse(reader.GetString(23))));
        }

        return items;
    }

    private static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);
}
