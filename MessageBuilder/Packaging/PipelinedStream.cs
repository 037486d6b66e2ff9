using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace RiskReporting.MessageBuilder.Packaging;

/// <summary>
/// Hands each write made to it, in order and cut as it was made, to a second thread that writes it on to the target:
/// the records are formatted and encoded on the caller's core while the entry's SM3 and its Deflate run on the
/// other. The bytes that reach the target are exactly those written, in the same order, so the package is the
/// same byte for byte. <see cref="Complete"/> waits until the target has everything; a failure on either side
/// surfaces on the writer's side. At most <see cref="Depth"/> chunks wait, so memory stays flat.
/// </summary>
internal sealed class PipelinedStream : Stream
{
    private const int Depth = 8;

    /// <summary>Chunks in write order; a null buffer is a flush.</summary>
    private readonly BlockingCollection<(byte[]? Buffer, int Length)> _chunks = new(Depth);
    private readonly CancellationTokenSource _abandon = new();
    private readonly Task _consumer;
    private bool _completed;

    public PipelinedStream(Stream target)
    {
        _consumer = Task.Factory.StartNew(() => Drain(target), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        // One write, one chunk: Deflate's output can depend on how its input is cut, so the target sees the
        // very writes the caller made, not a re-chunked stream.
        var chunk = ArrayPool<byte>.Shared.Rent(buffer.Length);
        buffer.CopyTo(chunk);
        Hand(chunk, buffer.Length);
    }

    /// <summary>Sends what is left and waits until the target has written all of it.</summary>
    public void Complete()
    {
        _completed = true;
        _chunks.CompleteAdding();
        Wait();
    }

    /// <summary>
    /// Passed on in order: the target flushes when it reaches this point of the stream (a Deflate stream
    /// writes a sync block on flush, so dropping or moving a flush would change the package's bytes).
    /// </summary>
    public override void Flush() => Hand(null, 0);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!_completed)
            {
                // Abandoned midway (the writer failed or was cancelled): stop the consumer, drop what waits.
                _abandon.Cancel();
                _chunks.CompleteAdding();
                try
                {
                    _consumer.Wait();
                }
                catch (AggregateException)
                {
                    // The writer's own failure is the one that matters; it is already on its way up.
                }
            }

            _chunks.Dispose();
            _abandon.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Hand(byte[]? chunk, int length)
    {
        if (_consumer.IsFaulted)
        {
            Wait();
        }

        try
        {
            _chunks.Add((chunk, length), _abandon.Token);
        }
        catch (InvalidOperationException) when (_consumer.IsFaulted)
        {
            Return(chunk);
            Wait();
        }
        catch (OperationCanceledException)
        {
            Return(chunk);
            throw;
        }
    }

    private static void Return(byte[]? chunk)
    {
        if (chunk is not null)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void Wait()
    {
        try
        {
            _consumer.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private void Drain(Stream target)
    {
        try
        {
            foreach (var (buffer, length) in _chunks.GetConsumingEnumerable(_abandon.Token))
            {
                if (buffer is null)
                {
                    target.Flush();
                    continue;
                }

                try
                {
                    target.Write(buffer, 0, length);
                }
                finally
                {
                    Return(buffer);
                }
            }
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            // Abandoned by the writer.
        }
        catch
        {
            // Nobody takes chunks any more: let a writer blocked in Add see the failure.
            _chunks.CompleteAdding();
            throw;
        }
    }
}
