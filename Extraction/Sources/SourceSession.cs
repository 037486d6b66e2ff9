using System.Data.Common;
using RiskReporting.Core.Snapshots;
using RiskReporting.Extraction.Rules;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// One consistent read of the source for one period: every rule query runs in the same read-only
/// transaction, with D (and D−6) as parameters, and streams its rows.
/// </summary>
public sealed class SourceSession : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SourceDialect _dialect;
    private readonly DateOnly _dataDate;
    private readonly Dictionary<string, SourceFingerprint> _fingerprints = new(StringComparer.Ordinal);
    private readonly IProgress<long>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly SourceIntegrityCheck _integrity;
    private int _reading;

    /// <param name="integrity">The source's integrity check running beside the session: a query that fails is explained by it, and <see cref="EnsureIntact"/> waits for it. The session disposes it.</param>
    /// <param name="rowsRead">Told the rows read so far, every <see cref="ProgressEvery"/> rows.</param>
    /// <param name="cancellationToken">Checked between rows (and cancels a running query), so a cancelled run stops within a few rows.</param>
    public SourceSession(DbConnection connection, SourceDialect dialect, DateOnly dataDate, IProgress<long>? rowsRead = null,
        SourceIntegrityCheck? integrity = null, CancellationToken cancellationToken = default)
    {
        _integrity = integrity ?? SourceIntegrityCheck.None;
        _connection = connection;
        _dialect = dialect;
        _dataDate = dataDate;
        _progress = rowsRead;
        _cancellationToken = cancellationToken;
        try
        {
            _transaction = dialect.BeginConsistentRead(connection);
        }
        catch (DbException e)
        {
            var explained = _integrity.Explain(new ExtractionException($"数据源无法开始一致性读取 (consistent read)：{e.Message}", e));
            _integrity.Dispose();
            connection.Dispose();
            throw explained;
        }
    }

    /// <summary>How often, in rows, progress is reported.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Row count and digest of each rule query's result at D, from its first full read: the source as this run saw it.</summary>
    public IReadOnlyDictionary<string, SourceFingerprint> Fingerprints => _fingerprints;

    /// <summary>Rows read from the source, every pass counted (read once a query's rows have all been taken).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Every row of the query with all its columns; the first full read of a query takes its fingerprint.</summary>
    public IEnumerable<SourceRow> Rows(RuleQuery query) => Read(query, projection: null);

    /// <summary>
    /// Every row of the query with only <paramref name="columns"/> (and the query's key columns, which errors name) taken from the
    /// reader, for a pass that needs a few of them (pass 1's exposures, issue #16). Asking the row for another column is a
    /// programming error. A projected read takes no fingerprint: the query's first full read does.
    /// </summary>
    public IEnumerable<SourceRow> Rows(RuleQuery query, IReadOnlyList<string> columns) => Read(query, columns);

    private IEnumerable<SourceRow> Read(RuleQuery query, IReadOnlyList<string>? projection)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = query.Sql;
        command.CommandTimeout = 0;
        AddParameter(command, "d", _dialect.DateParameter(_dataDate));
        if (query.Sql.Contains("@d_week", StringComparison.Ordinal))
        {
            AddParameter(command, "d_week", _dialect.DateParameter(_dataDate.AddDays(-6)));
        }

        _cancellationToken.ThrowIfCancellationRequested();
        using var cancel = _cancellationToken.Register(QueryReader.CancelOf(command));
        QueryReader reader;
        try
        {
            reader = QueryReader.Execute(command);
        }
        catch (DbException e) when (!_cancellationToken.IsCancellationRequested)
        {
            throw _integrity.Explain(new ExtractionException($"{query.File}：查询失败 (query failed)：{e.Message}", e));
        }
        catch (DbException e)
        {
            throw new OperationCanceledException($"{query.File}：已取消 (cancelled)", e, _cancellationToken);
        }

        using (reader)
        {
            var ordinals = Ordinals(reader, query);
            var keyColumns = QueryContract.KeyColumns[query.Name];
            int[]? taken = null;
            if (projection is not null)
            {
                ordinals = Projected(query, ordinals, [.. projection, .. keyColumns]);
                taken = [.. ordinals.Values.Distinct().Order()];
            }

            var row = new SourceRow(query.File, ordinals, keyColumns);
            using var digest = projection is not null || _fingerprints.ContainsKey(query.Name) ? null : new SourceDigest();

            // The rows are read (stepped, their values taken) on one thread and hashed on another, while the caller derives records from
            // the rows before them (issue #16): one reader, on this session's one connection and transaction, so the read stays consistent.
            // Three threads on two cores: whichever of them has the most to do for this query gets the core the others leave.
            using var ahead = new RowsAhead(reader.FieldCount, hashed: digest is not null);
            if (Interlocked.Exchange(ref _reading, 1) == 1)
            {
                throw new InvalidOperationException($"{query.File}: a query was read while another one was still being read on the same session.");
            }

            var reading = Task.Factory.StartNew(() => ReadAhead(reader, query, ahead, taken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var hashing = digest is null ? Task.CompletedTask : Task.Factory.StartNew(() => Hash(digest, ahead), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var number = 0L;
            try
            {
                while (ahead.Next() is { } batch)
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                        row.Point(batch.Rows[i], ++number);
                        yield return row;
                    }

                    ahead.Recycle(batch);
                }

                // Every row taken: the hasher finishes the rows it has yet to hash before the finally stops whatever is left.
                ((IAsyncResult)hashing).AsyncWaitHandle.WaitOne();
            }
            finally
            {
                // Also when the caller stops early or fails: the reading and the hashing end before the reader is disposed, the digest
                // is taken or the connection used again.
                ahead.Stop();
                ((IAsyncResult)reading).AsyncWaitHandle.WaitOne();
                ((IAsyncResult)hashing).AsyncWaitHandle.WaitOne();
                Volatile.Write(ref _reading, 0);
            }

            // The reader's own failure (a row that cannot be read, cancellation), raised where the rows before it have been taken.
            reading.GetAwaiter().GetResult();
            hashing.GetAwaiter().GetResult();
            _cancellationToken.ThrowIfCancellationRequested();
            if (digest is not null)
            {
                _fingerprints[query.Name] = digest.Finish(number);
            }
        }
    }

    /// <summary>Reads every row into batches for <see cref="Read"/>, all its values or only the <paramref name="taken"/> ordinals, counting them as it goes; stops when told to.</summary>
    private void ReadAhead(QueryReader reader, RuleQuery query, RowsAhead ahead, int[]? taken)
    {
        var number = 0L;
        RowBatch? batch = null;
        try
        {
            while ((batch = ahead.Free()) is not null)
            {
                while (batch.Count < RowsAhead.BatchRows && Next(reader, query, number))
                {
                    var values = batch.Rows[batch.Count++];
                    if (taken is null)
                    {
                        reader.GetValues(values);
                    }
                    else
                    {
                        foreach (var i in taken)
                        {
                            values[i] = reader.GetValue(i);
                        }
                    }

                    number++;
                    if (++RowsRead % ProgressEvery == 0)
                    {
                        _progress?.Report(RowsRead);
                    }
                }

                var last = batch.Count < RowsAhead.BatchRows;
                (var full, batch) = (batch, null);
                ahead.Full(full);
                if (last)
                {
                    break;
                }

                _cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // A row that cannot be read ends the reading; the rows before it still reach the caller first, as if read in turn.
            if (batch is { Count: > 0 })
            {
                ahead.Full(batch);
            }

            ahead.Done();
        }
    }

    /// <summary>Hashes every row the reader hands over, in the order read, until the reader has ended or the caller has stopped.</summary>
    private static void Hash(SourceDigest digest, RowsAhead ahead)
    {
        while (ahead.NextToHash() is { } batch)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                digest.Add(batch.Rows[i]);
            }

            ahead.Recycle(batch);
        }
    }

    /// <summary>Waits for the source's integrity check: a snapshot is accepted only from a source that passed it.</summary>
    public void EnsureIntact() => _integrity.Wait();

    private bool Next(QueryReader reader, RuleQuery query, long rowsBefore)
    {
        try
        {
            return reader.Read();
        }
        catch (DbException e) when (!_cancellationToken.IsCancellationRequested)
        {
            throw _integrity.Explain(new ExtractionException($"{query.File}：读取第 {rowsBefore + 1} 行失败 (reading row failed)：{e.Message}", e));
        }
        catch (DbException e)
        {
            throw new OperationCanceledException($"{query.File}：已取消 (cancelled)", e, _cancellationToken);
        }
    }

    /// <summary>The ordinals of the projected columns only, so that a row asked for any other column fails at once.</summary>
    private static Dictionary<string, int> Projected(RuleQuery query, Dictionary<string, int> ordinals, IEnumerable<string> columns)
    {
        var projected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            projected[column] = ordinals.TryGetValue(column, out var i)
                ? i
                : throw new InvalidOperationException($"{query.File}: the projected column '{column}' is not one the query returns.");
        }

        return projected;
    }

    public void Dispose()
    {
        _integrity.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>The query's columns must be exactly the contract's (in any order); anything else names the file and column.</summary>
    internal static Dictionary<string, int> Ordinals(QueryReader reader, RuleQuery query)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            ordinals[reader.GetName(i)] = i;
        }

        var expected = QueryContract.Columns[query.Name];
        var missing = expected.Where(c => !ordinals.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new RuleFileException([.. missing.Select(c => $"{query.File}：查询未返回列 '{c}' (returns no column)。")]);
        }

        return ordinals;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
