using RiskReporting.Core.Runs;
using RiskReporting.Core.Spill;

namespace RiskReporting.Engine.Runs;

/// <summary>One run while it works: its record as last stored, its folder, its log, its spill area, its progress, and its state-store writes in flight.</summary>
internal sealed class RunContext(RunRecord run, string directory, RunLog log, SpillArea spill, RunProgressReporter progress, CancellationToken cancellationToken) : IDisposable
{
    private readonly CancellationTokenSource _writesCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    private Task _writes = Task.CompletedTask;
    private volatile string _writeStep = "写入状态库 (writing to the state store)";

    public RunRecord Run { get; set; } = run;

    public string Directory => directory;

    public RunLog Log => log;

    public SpillArea Spill => spill;

    public RunProgressReporter Progress => progress;

    /// <summary>What the run is doing now, in words for its cause if it fails here: "从 … 抽取 (extracting)", "写报文包 (writing the package) … 时".</summary>
    public string Step { get; set; } = "启动运行 (starting the run)";

    /// <summary>The ORG and scope threshold the batch is built with, as recorded in the state store.</summary>
    public required Core.State.BatchParameters Parameters { get; init; }

    /// <summary>
    /// Queues a state-store write to run on another core while the run goes on (ADR 0019): storing the snapshot beside
    /// validation and the package. Writes run one after another, in the order queued (SQLite has one writer); a write
    /// whose predecessor failed does not run. Nothing that depends on a write may happen before <see cref="WrittenAsync"/>.
    /// </summary>
    public void Queue(string step, Func<CancellationToken, Task> write)
    {
        var before = _writes;
        var token = _writesCancel.Token;
        _writes = Task.Run(async () =>
        {
            await before;
            _writeStep = step;
            await write(token);
        }, CancellationToken.None);
    }

    /// <summary>Waits for every queued write; a failed one fails the run with the write's step as its cause, not the step the run had reached.</summary>
    public async Task WrittenAsync()
    {
        try
        {
            await _writes;
        }
        catch
        {
            Step = _writeStep;
            throw;
        }
    }

    /// <summary>After a failure elsewhere: stops the queued writes and waits until they have let go of the store (their transactions roll back).</summary>
    public async Task AbandonWritesAsync()
    {
        await _writesCancel.CancelAsync();
        try
        {
            await _writes;
        }
        catch (Exception)
        {
            // The run already fails for its own cause; a write cancelled or failed meanwhile adds nothing to it.
        }
    }

    public void Dispose() => _writesCancel.Dispose();
}
