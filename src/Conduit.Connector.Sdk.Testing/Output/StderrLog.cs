using Conduit.Connector.Sdk.Testing.HclogParsing;

namespace Conduit.Connector.Sdk.Testing.Output;

/// <summary>
/// What the connector wrote to stderr: every raw line, the lines read as hclog entries, the malformed
/// ones, and the waiters for an entry matching a predicate. Thread-safe; lines arrive from the reader loop.
/// </summary>
internal sealed class StderrLog
{
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];
    private readonly List<LogEntry> _entries = [];
    private readonly List<MalformedLogLine> _malformed = [];
    private readonly List<Waiter> _waiters = [];
    private readonly bool _failOnMalformed;
    private bool _completed;

    public StderrLog(bool failOnMalformed) => _failOnMalformed = failOnMalformed;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public IReadOnlyList<MalformedLogLine> Malformed
    {
        get
        {
            lock (_lock)
            {
                return [.. _malformed];
            }
        }
    }

    public void Add(string line)
    {
        var parsed = HclogLineParser.TryParse(line, out var entry, out var malformed);
        List<Waiter> done = [];
        lock (_lock)
        {
            _lines.Add(line);
            if (parsed)
            {
                _entries.Add(entry!);
                done.AddRange(_waiters.Where(w => w.Matches(entry!)));
            }
            else
            {
                _malformed.Add(malformed!);
                if (_failOnMalformed)
                {
                    done.AddRange(_waiters);
                }
            }

            _waiters.RemoveAll(done.Contains);
        }

        foreach (var waiter in done)
        {
            if (parsed)
            {
                waiter.Completion.TrySetResult(entry!);
            }
            else
            {
                waiter.Completion.TrySetException(new ConnectorProtocolException("The connector wrote a stderr line go-plugin cannot read as hclog.", [malformed!.ToString()]));
            }
        }
    }

    /// <summary>No more lines will come (stderr reached its end).</summary>
    public void Complete()
    {
        List<Waiter> pending;
        lock (_lock)
        {
            _completed = true;
            pending = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in pending)
        {
            waiter.Completion.TrySetException(new InvalidOperationException($"The connector's stderr ended without a matching log entry.{Describe()}"));
        }
    }

    public async Task<LogEntry> WaitAsync(Func<LogEntry, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(predicate);
        lock (_lock)
        {
            if (_entries.FirstOrDefault(waiter.Matches) is { } existing)
            {
                return existing;
            }

            if (_failOnMalformed && _malformed.Count > 0)
            {
                throw new ConnectorProtocolException("The connector wrote a stderr line go-plugin cannot read as hclog.", [.. _malformed.Select(m => m.ToString())]);
            }

            if (_completed)
            {
                throw new InvalidOperationException($"The connector's stderr ended without a matching log entry.{Describe()}");
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"No matching log entry within {timeout.TotalSeconds:F1} s.{Describe()}", ex);
        }
        finally
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private string Describe()
    {
        var lines = Lines;
        return lines.Count == 0
            ? " Nothing was written to stderr."
            : $"{System.Environment.NewLine}stderr so far:{System.Environment.NewLine}  {string.Join(System.Environment.NewLine + "  ", lines.TakeLast(30))}";
    }

    private sealed class Waiter(Func<LogEntry, bool> predicate)
    {
        public TaskCompletionSource<LogEntry> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Runs the caller's predicate; if it throws, the wait fails with that exception.</summary>
        public bool Matches(LogEntry entry)
        {
            try
            {
                return predicate(entry);
            }
            catch (Exception ex)
            {
                Completion.TrySetException(ex);
                return false;
            }
        }
    }
}
