using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>Handovers when staff change (issue #18, 第13–16条): what a user holds, the 交接清单, its acknowledgement.</summary>
public abstract partial class StateStore
{
    /// <summary>What each kind of item is held by: its holder once handed over, else its author.</summary>
    private static readonly (string Kind, string Update)[] Holders =
    [
        ("explanation", "UPDATE explanations SET held_by = @to WHERE explanation_id = @id"),
        ("override", "UPDATE overrides SET held_by = @to WHERE override_id = @id"),
        ("statement", "UPDATE statements SET held_by = @to WHERE run_id = @id"),
        ("dispute", "UPDATE dispute_items SET held_by = @to WHERE notice_name || '/' || dispute_id = @id"),
    ];

    public async Task<IReadOnlyList<HandoverItem>> HoldingsAsync(string userName, CancellationToken cancellationToken = default)
    {
        const string Unpublished = "NOT EXISTS (SELECT 1 FROM runs r WHERE r.period = {0}.period AND r.state = 'Published')";
        var items = new List<HandoverItem>();
        items.AddRange(await QueryAsync(
            "SELECT e.explanation_id, e.period, e.rule, e.record_key FROM explanations e WHERE COALESCE(e.held_by, e.explained_by) = @u AND "
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Unpublished, "e") + " ORDER BY e.period, e.explained_at",
            r => new HandoverItem("explanation", r.GetString(0), r.GetString(1), $"说明 {r.GetString(2)} {(r.GetString(3).Length == 0 ? "（整条规则）" : r.GetString(3))}"),
            cancellationToken, ("u", userName)));
        items.AddRange(await QueryAsync(
            "SELECT o.override_id, o.period, o.part, o.record_key, o.field FROM overrides o WHERE COALESCE(o.held_by, o.created_by) = @u AND o.removed_at IS NULL AND "
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Unpublished, "o") + " ORDER BY o.period, o.created_at",
            r => new HandoverItem("override", r.GetString(0), r.GetString(1), $"修正 {r.GetString(2)} {r.GetString(3)} {r.GetString(4)}"),
            cancellationToken, ("u", userName)));
        items.AddRange(await QueryAsync(
            "SELECT s.run_id, s.period, s.batch FROM statements s JOIN runs r ON r.run_id = s.run_id WHERE COALESCE(s.held_by, s.written_by) = @u AND r.state = 'AwaitingApproval' ORDER BY s.period",
            r => new HandoverItem("statement", r.GetString(0), r.GetString(1), $"文字说明草稿 第 {r.Int32(2):D2} 批（待审批）"),
            cancellationToken, ("u", userName)));
        items.AddRange(await QueryAsync(
            "SELECT d.notice_name, d.dispute_id, n.period, d.state FROM dispute_items d JOIN dispute_notices n ON n.notice_name = d.notice_name "
            + "WHERE COALESCE(d.held_by, d.answered_by) = @u AND d.state IN ('IN_PROGRESS', 'SUBMITTED', 'RETURNED') ORDER BY d.notice_name, d.seq",
            r => new HandoverItem("dispute", r.GetString(0) + "/" + r.GetString(1), r.GetString(2), $"举证 {r.GetString(1)}（{r.GetString(3)}）"),
            cancellationToken, ("u", userName)));
        return items;
    }

    public async Task SaveHandoverAsync(Handover handover, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handover);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO handovers (handover_id, from_user, to_user, made_by, made_at, pdf_path, pdf_sha256) VALUES (@id, @f, @to, @by, @at, @p, @h)", cancellationToken,
            ("id", handover.HandoverId), ("f", handover.From), ("to", handover.To), ("by", handover.MadeBy), ("at", Format(handover.MadeAt)), ("p", handover.PdfPath), ("h", handover.PdfSha256));
        var seq = 0;
        foreach (var item in handover.Items)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO handover_items (handover_id, seq, kind, item_id, period, description) VALUES (@id, @s, @k, @i, @p, @d)",
                cancellationToken, ("id", handover.HandoverId), ("s", ++seq), ("k", item.Kind), ("i", item.ItemId), ("p", item.Period), ("d", item.Description));
            var update = Holders.Single(h => h.Kind == item.Kind).Update;
            await ExecuteAsync(connection, transaction, update, cancellationToken, ("to", handover.To), ("id", item.ItemId));
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(handover.MadeAt, handover.MadeBy, "user.handover", "user:" + handover.From,
            $"交接 (handover) {handover.HandoverId} 移交给 (to) {handover.To}：{handover.Items.Count} 项；PDF {handover.PdfPath} sha256 {handover.PdfSha256}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Handover?> FindHandoverAsync(string handoverId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync("SELECT handover_id, from_user, to_user, made_by, made_at, pdf_path, pdf_sha256, acknowledged_at FROM handovers WHERE handover_id = @id",
            r => new Handover(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Time(4), [], r.GetString(5), r.GetString(6), r.NullableTime(7)),
            cancellationToken, ("id", handoverId));
        if (found is not [var handover])
        {
            return null;
        }

        var items = await QueryAsync("SELECT kind, item_id, period, description FROM handover_items WHERE handover_id = @id ORDER BY seq",
            r => new HandoverItem(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), cancellationToken, ("id", handoverId));
        return handover with { Items = items };
    }

    public async Task<bool> AcknowledgeHandoverAsync(string handoverId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var handover = await FindHandoverAsync(handoverId, cancellationToken);
        if (handover is null)
        {
            return false;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ChangeAsync(connection, transaction, "UPDATE handovers SET acknowledged_at = @t WHERE handover_id = @id AND acknowledged_at IS NULL", cancellationToken,
                ("t", Format(at)), ("id", handoverId)) != 1)
        {
            return false;
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(at, handover.To, "handover.acknowledge", "user:" + handover.From,
            $"交接 (handover) {handoverId}：{handover.To} 接收 {handover.Items.Count} 项"), cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE users SET disabled = 1 WHERE user_name = @n", cancellationToken, ("n", handover.From));
        await ExecuteAsync(connection, transaction, "UPDATE sessions SET revoked_at = @t WHERE user_name = @n AND revoked_at IS NULL", cancellationToken, ("t", Format(at)), ("n", handover.From));
        await InsertAuditAsync(connection, transaction, new AuditEntry(at, handover.To, "user.disable", "user:" + handover.From,
            $"交接 (handover) {handoverId} 确认后停用 (disabled)；会话已撤销 (sessions revoked)"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
