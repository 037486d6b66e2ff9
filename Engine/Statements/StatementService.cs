using System.IO.Abstractions;
using System.Text;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Engine.Statements;

/// <summary>
/// The monthly 文字说明 (客户信息统计制度 第17–18条): the engine drafts it from the batch's figures, the operator completes
/// it, and approval requires it. The engine checks that the text is neither empty nor the draft unchanged; it does not
/// judge the prose. Whoever submits it is a maker of the batch (FourEyes).
/// </summary>
public sealed class StatementService(IStateStore store, BatchFigures figures, IFileSystem fileSystem, TimeProvider clock)
{
    /// <summary>`statement --period P --draft`: the latest batch's pre-filled statement.</summary>
    public async Task<string> DraftAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        return await DraftOfAsync(run, cancellationToken);
    }

    /// <summary>`statement --period P --file F`: stores the operator's completed text with the latest batch, which must await approval.</summary>
    public async Task<Statement> SubmitAsync(ReportingPeriod period, string text, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        ArgumentNullException.ThrowIfNull(text);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        if (run.State != RunState.AwaitingApproval)
        {
            throw new RefusalException(RefusalCode.StateConflict, $"文字说明未保存：{period} 第 {run.Batch:D2} 批的状态为 {RunStateNames.Of(run.State)}，只有待审批的批次可以提交文字说明。");
        }

        var normalized = StatementDraft.Normalized(text);
        if (normalized.Length == 0)
        {
            throw new RefusalException(RefusalCode.InvalidInput, "文字说明未保存：内容为空。");
        }

        if (normalized == StatementDraft.Normalized(await DraftOfAsync(run, cancellationToken)))
        {
            throw new RefusalException(RefusalCode.InvalidInput, "文字说明未保存：内容与系统预填的草稿相同，请填写原因、影响和后果后再提交。");
        }

        var statement = new Statement(run.RunId, period, run.Batch, normalized + "\n", actor.Name, clock.GetUtcNow());
        await store.SaveStatementAsync(statement, cancellationToken);
        return statement;
    }

    /// <summary>`statement --period P --file F`: the completed text read from a UTF-8 file.</summary>
    public async Task<Statement> SubmitFileAsync(ReportingPeriod period, string path, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        ArgumentNullException.ThrowIfNull(path);
        if (!fileSystem.File.Exists(path))
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"文字说明未保存：找不到文件 {path}。");
        }

        return await SubmitAsync(period, await fileSystem.File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken), actor, cancellationToken);
    }

    /// <summary>The statement stored with the period's latest batch, or null.</summary>
    public async Task<Statement?> ShowAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRecordReader(actor);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        return await store.StatementOfAsync(run.RunId, cancellationToken);
    }

    private async Task<string> DraftOfAsync(RunRecord run, CancellationToken cancellationToken)
    {
        var month = await figures.OfAsync(run, cancellationToken);
        var lastMonth = await figures.PublishedIndicatorsAsync(run.Period.Previous, cancellationToken);
        var lastYear = await figures.PublishedIndicatorsAsync(new ReportingPeriod(run.Period.Year - 1, run.Period.Month), cancellationToken);
        return StatementDraft.Write(month, lastMonth, lastYear);
    }
}
