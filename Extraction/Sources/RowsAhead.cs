using System.Collections.Concurrent;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// The hand-over between a query's reader (one thread) and its caller (another): a few batches of rows go round, filled by the
/// reader and taken in order by the caller, so neither waits on the other for long and memory holds at most
/// <see cref="Batches"/> × <see cref="BatchRows"/> rows. The values arrays are reused: a row is valid until the caller moves on.
/// </summary>
internal sealed class RowsAhead : IDisposable
{
    public const int BatchRows = 512;
    private const int Batches = 4;

    private readonly BlockingCollection<RowBatch> _free = new(new ConcurrentQueue<RowBatch>());
    private readonly BlockingCollection<RowBatch> _full = new(new ConcurrentQueue<RowBatch>());
    private readonly CancellationTokenSource _stop = new();

    public RowsAhead(int fieldCount)
    {
        for (var b = 0; b < Batches; b++)
        {
            _free.Add(new RowBatch([.. Enumerable.Range(0, BatchRows).Select(_ => new object[fieldCount])]));
        }
    }

    /// <summary>The caller's next batch in order, or null when the reader has finished (or failed, or was stopped).</summary>
    public RowBatch? Next()
    {
        try
        {
            return _full.TryTake(out var batch, Timeout.Infinite, _stop.Token) ? batch : null;
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Recycle(RowBatch batch)
    {
        batch.Count = 0;
        _free.Add(batch);
    }

    /// <summary>The reader's next empty batch, or null when the caller has stopped.</summary>
    public RowBatch? Free()
    {
        try
        {
            return _free.TryTake(out var batch, Timeout.Infinite, _stop.Token) ? batch : null;
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Full(RowBatch batch) => _full.Add(batch);

    /// <summary>The reader has ended, however: the caller takes what is left, then sees the end.</summary>
    public void Done() => _full.CompleteAdding();

    /// <summary>The caller has ended, however: the reader stops at its next batch.</summary>
    public void Stop() => _stop.Cancel();

    public void Dispose()
    {
        _stop.Dispose();
        _free.Dispose();
        _full.Dispose();
    }
}

/// <summary>Up to <see cref="RowsAhead.BatchRows"/> rows' values, <see cref="Count"/> of them filled.</summary>
internal sealed class RowBatch(object[][] rows)
{
    public object[][] Rows => rows;

    public int Count { get; set; }
}
