using System.Data.Common;
using RiskReporting.Core.Configuration;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// PRAGMA quick_check of an SQLite source. A truncated or garbage file opens without complaint and fails
/// only at some later query with a bare "SQLite Error 26" or "11"; quick_check names the file and what is
/// wrong. It reads every page, so a run starts it on a connection of its own beside extraction (the second
/// core) and waits for it before the snapshot is accepted, or as soon as a query fails; `rules check` and
/// <see cref="SourceConnectionFactory.Open(ConnectionTarget)"/> run it before anything else.
/// </summary>
public sealed class SourceIntegrityCheck : IDisposable
{
    private readonly Task _check;
    private readonly CancellationTokenSource _stop;

    private SourceIntegrityCheck(Task check, CancellationTokenSource stop)
    {
        _check = check;
        _stop = stop;
    }

    /// <summary>A check that has nothing to do: a server database checks its own pages.</summary>
    public static SourceIntegrityCheck None { get; } = new(Task.CompletedTask, new CancellationTokenSource());

    /// <summary>Starts the check of <paramref name="target"/> in the background when it is an SQLite file.</summary>
    public static SourceIntegrityCheck Start(ConnectionTarget target)
    {
        if (target.Kind != DatabaseKind.Sqlite)
        {
            return None;
        }

        var stop = new CancellationTokenSource();
        var check = Task.Run(() =>
        {
            using var connection = SourceConnectionFactory.Open(target, quickCheck: false);
            Run(connection, target.Value, stop.Token);
        });
        return new SourceIntegrityCheck(check, stop);
    }

    /// <summary>Waits for the check; throws its <see cref="ExtractionException"/> when the file is corrupt.</summary>
    public void Wait()
    {
        try
        {
            _check.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// The error for a query that failed: the check's, when the file is corrupt (it names the file and the
    /// damage), otherwise <paramref name="otherwise"/>.
    /// </summary>
    public Exception Explain(Exception otherwise)
    {
        try
        {
            Wait();
        }
        catch (ExtractionException corrupt)
        {
            return corrupt;
        }

        return otherwise;
    }

    /// <summary>Runs PRAGMA quick_check on <paramref name="connection"/>; a corrupt file throws, naming <paramref name="file"/>.</summary>
    public static void Run(DbConnection connection, string file, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            command.CommandTimeout = 0;
            using var cancel = cancellationToken.Register(command.Cancel);
            using var reader = command.ExecuteReader();
            while (reader.Read() && problems.Count < 10)
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (DbException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (DbException e)
        {
            problems = [e.Message];
        }

        if (problems is not ["ok"])
        {
            throw new ExtractionException($"源数据库 (source database) {file} 已损坏或不是 SQLite 数据库 (PRAGMA quick_check)：{string.Join("；", problems)}");
        }
    }

    /// <summary>Stops a check still running (a cancelled or failed run) and waits for it to let go of the file.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(this, None))
        {
            return;
        }

        _stop.Cancel();
        try
        {
            _check.Wait();
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
