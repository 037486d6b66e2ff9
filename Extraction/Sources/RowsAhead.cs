using System.Collections.Concurrent;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// The hand-over between a query's reader (one thread) and its caller (another), and, when the rows are hashed, the hasher (a third):
/// a few batches of rows go round, filled by the reader and taken in order by the caller and the hasher, so none waits on the others
/// for long and memory holds at most <see cref="Batches"/> × <see cref="BatchRows"/> rows. The values arrays are reused: a batch goes
/// back to the reader once every taker has recycled it, and a row is valid until then.
/// </summary>
internal sealed class RowsAhead : IDisposable
{
    public const int BatchRows = 512;
    private const int Batches = 8;

    private readonly BlockingCollection<RowBatch> _free = new(new ConcurrentQueue<RowBatch>());
    private readonly BlockingCollection<RowBatch> _full = new(new ConcurrentQueue<RowBatch>());
    private readonly BlockingCollection<RowBatch>? _hashing;
    private readonly CancellationTokenSource _stop = new();

    /// <param name="hashed">Whether a second taker, the hasher, takes every batch too (<see cref="NextToHash"/>).</param>
    public RowsAhead(int fieldCount, bool hashed = false)
    {
        _hashing = hashed ? new(new ConcurrentQueue<RowBatch>()) : null;
        for (var b = 0; b < Batches; b++)
        {
            _free.Add(new RowBatch([.. Enumerable.Range(0, BatchRows).Select(_ => new object[fieldCount])]));
        }
    }

    /// <summary>The caller's next batch in order, or null when the reader has finished (or failed, or was stopped).</summary>
    public RowBatch? Next() => Take(_full);

    /// <summary>The hasher's next batch in order, or null when the reader has finished (or failed, or was stopped).</summary>
    public RowBatch? NextToHash() => Take(_hashing ?? throw new InvalidOperationException("These rows are not hashed."));

    /// <summary>A taker is done with the batch: the last one hands it back to the reader.</summary>
    public void Recycle(RowBatch batch)
    {
        if (Interlocked.Decrement(ref batch.Takers) == 0)
        {
            batch.Count = 0;
            _free.Add(batch);
        }
    }

    /// <summary>The reader's next empty batch, or null when the caller has stopped.</summary>
    public RowBatch? Free() => Take(_free);

    public void Full(RowBatch batch)
    {
        // The takers are counted before either can see the batch, so neither can hand it back while the other still reads it.
        batch.Takers = _hashing is null ? 1 : 2;
        _full.Add(batch);
        _hashing?.Add(batch);
    }

    /// <summary>The reader has ended, however: the caller and the hasher take what is left, then see the end.</summary>
    public void Done()
    {
        _full.CompleteAdding();
        _hashing?.CompleteAdding();
    }

    private RowBatch? Take(BlockingCollection<RowBatch> queue)
    {
        try
        {
            return queue.TryTake(out var batch, Timeout.Infinite, _stop.Token) ? batch : null;
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The caller has ended, however: the reader stops at its next batch.</summary>
    public void Stop() => _stop.Cancel();

    public void Dispose()
    {
        _stop.Dispose();
        _free.Dispose();
        _full.Dispose();
        _hashing?.Dispose();
    }
}

/// <summary>Up to <see cref="RowsAhead.BatchRows"/> rows' values, <see cref="Count"/> of them filled.</summary>
internal sealed class RowBatch(object[][] rows)
{
    public object[][] Rows => rows;

    public int Count { get; set; }

    /// <summary>Takers that have yet to recycle the batch.</summary>
    public int Takers;
}
