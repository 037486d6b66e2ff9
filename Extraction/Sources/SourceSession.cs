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

    /// <summary>Rows read from the source, every pass counted.</summary>
    public long RowsRead { get; private set; }

    public IEnumerable<SourceRow> Rows(RuleQuery query)
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
        using var cancel = _cancellationToken.Register(command.Cancel);
        DbDataReader reader;
        try
        {
            reader = command.ExecuteReader();
        }
        catch (DbException e) when (!_cancellationToken.IsCancellationRequested)
        {
            throw _integrity.Explain(new ExtractionException($"{query.File}：查询失败 (query failed)：{e.Message}", e));
        }
        catch (DbException e)
        {
            throw new OperationCanceledException($"{query.File}: cancelled", e, _cancellationToken);
        }

        using (reader)
        {
            var ordinals = Ordinals(reader, query);
            var row = new SourceRow(reader, query.File, ordinals, QueryContract.KeyColumns[query.Name]);
            using var digest = _fingerprints.ContainsKey(query.Name) ? null : new SourceDigest();
            while (Next(reader, query, row))
            {
                row.Number++;
                row.Load();
                _cancellationToken.ThrowIfCancellationRequested();
                if (++RowsRead % ProgressEvery == 0)
                {
                    _progress?.Report(RowsRead);
                }

                digest?.Add(row.Values);
                yield return row;
            }

            _cancellationToken.ThrowIfCancellationRequested();

            if (digest is not null)
            {
                _fingerprints[query.Name] = digest.Finish(row.Number);
            }
        }
    }

    /// <summary>Waits for the source's integrity check: a snapshot is accepted only from a source that passed it.</summary>
    public void EnsureIntact() => _integrity.Wait();

    private bool Next(DbDataReader reader, RuleQuery query, SourceRow row)
    {
        try
        {
            return reader.Read();
        }
        catch (DbException e) when (!_cancellationToken.IsCancellationRequested)
        {
            throw _integrity.Explain(new ExtractionException($"{query.File}：读取第 {row.Number + 1} 行失败 (reading row failed)：{e.Message}", e));
        }
        catch (DbException e)
        {
            throw new OperationCanceledException($"{query.File}: cancelled", e, _cancellationToken);
        }
    }

    public void Dispose()
    {
        _integrity.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>The query's columns must be exactly the contract's (in any order); anything else names the file and column.</summary>
    public static Dictionary<string, int> Ordinals(DbDataReader reader, RuleQuery query)
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
