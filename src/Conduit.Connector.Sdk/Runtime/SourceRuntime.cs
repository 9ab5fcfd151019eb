using Conduit.Connector.Sdk.Middleware;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Drives the author's <see cref="Source"/> through Conduit's call sequence:
/// Configure → (lifecycle event) → Open → Run → Stop → Teardown, with OnDeleted alone and Teardown
/// allowed at any time. A call out of order fails with <see cref="ConnectorStateException"/> and
/// changes nothing.
/// </summary>
internal sealed class SourceRuntime
{
    private const string Kind = "the source";
    private const int BufferCapacity = 10_000;

    private readonly Source _source;
    private readonly ILogger _logger;
    private readonly RuntimeTimeouts _timeouts;
    private readonly SourceMiddlewareSetup _middleware;
    private readonly Lock _gate = new();
    private SourcePipeline _pipeline = SourcePipeline.None;
    private SourceState _state = SourceState.Initial;
    private SourceRun? _run;
    private Position? _stopPosition;

    public SourceRuntime(Source source, ILogger logger, RuntimeTimeouts timeouts, SourceMiddlewareSetup? middleware = null)
    {
        _source = source;
        _logger = logger;
        _timeouts = timeouts;
        _middleware = middleware ?? SourceMiddlewareSetup.None;
    }

    public SourceState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public async Task ConfigureAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken)
    {
        Require("Configure", "first, once", SourceState.Initial);
        var reader = new ConfigurationReader(configuration);
        _source.ReadConfiguration(reader);
        var context = new MiddlewareContext(_logger, _middleware.Environment, _middleware.SchemaService);
        var pipeline = SourcePipeline.Configure(_middleware.Middleware, reader, context);
        reader.ThrowIfInvalid();
        _pipeline = pipeline;
        _source.AttachSchemaService(context.SchemaService);
        await AuthorCall.InvokeAsync(_logger, "source", "ConfigureAsync", _source.ConfigureCoreAsync, cancellationToken).ConfigureAwait(false);
        Advance(SourceState.Initial, SourceState.Configured);
    }

    public Task OnCreatedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken)
    {
        Require("LifecycleOnCreated", "after Configure and before Open", SourceState.Configured);
        return AuthorCall.InvokeAsync(_logger, "source", "OnCreatedAsync", ct => _source.OnCreatedAsync(configuration, ct), cancellationToken);
    }

    public Task OnUpdatedAsync(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, CancellationToken cancellationToken)
    {
        Require("LifecycleOnUpdated", "after Configure and before Open", SourceState.Configured);
        return AuthorCall.InvokeAsync(_logger, "source", "OnUpdatedAsync", ct => _source.OnUpdatedAsync(before, after, ct), cancellationToken);
    }

    public Task OnDeletedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken)
    {
        Require("LifecycleOnDeleted", "only as the first call (no Configure or Open before it)", SourceState.Initial);
        return AuthorCall.InvokeAsync(_logger, "source", "OnDeletedAsync", ct => _source.OnDeletedAsync(configuration, ct), cancellationToken);
    }

    public async Task OpenAsync(Position position, CancellationToken cancellationToken)
    {
        Require("Open", "after Configure, once", SourceState.Configured);
        Position? resumeAfter = position.IsEmpty ? null : position;
        await AuthorCall.InvokeAsync(_logger, "source", "OpenAsync", ct => _source.OpenAsync(resumeAfter, ct), cancellationToken).ConfigureAwait(false);
        Advance(SourceState.Configured, SourceState.Open);
    }

    public async Task RunAsync(
        IAsyncEnumerable<IReadOnlyList<Position>> acknowledgments,
        Func<IReadOnlyList<Record>, CancellationToken, ValueTask> send,
        CancellationToken streamToken)
    {
        SourceRun run;
        lock (_gate)
        {
            if (_state != SourceState.Open)
            {
                throw ConnectorStateException.For(Kind, "Run", _state, "after Open, once");
            }

            run = new SourceRun(_source, _logger, BufferCapacity, _timeouts.MaxSourceBatch, streamToken, _pipeline);
            _run = run;
            _state = SourceState.Running;
        }

        try
        {
            await run.RunAsync(acknowledgments, send).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                if (_state < SourceState.Stopped)
                {
                    _state = SourceState.Stopped;
                }
            }
        }
    }

    /// <summary>
    /// Stops reading and returns the position of the last record that will be sent. Records already
    /// read keep flowing to Conduit; the stream stays open until Conduit closes it.
    /// </summary>
    public async Task<Position> StopAsync(CancellationToken cancellationToken)
    {
        SourceRun run;
        lock (_gate)
        {
            if (_stopPosition is { } known && _state >= SourceState.Stopping)
            {
                return known;
            }

            if (_state != SourceState.Running || _run is null)
            {
                throw ConnectorStateException.For(Kind, "Stop", _state, "while Run is streaming");
            }

            run = _run;
            _state = SourceState.Stopping;
        }

        RuntimeLog.StopRequested(_logger, "source");
        run.RequestStop();
        try
        {
            await run.ReadCompletion.WaitAsync(_timeouts.Stop, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorCallException)
        {
            // The read failed; Run reports that failure on the stream. What was read is still flushed.
        }
        catch (TimeoutException)
        {
            // Records the author produces from now on are dropped; they are read again after a restart.
            run.Seal();
            var partial = run.LastEnqueuedPosition;
            lock (_gate)
            {
                _stopPosition = partial;
            }

            throw new TimeoutException(
                $"the source did not stop reading within {_timeouts.Stop} (ReadAsync must end, or throw OperationCanceledException, once its token is cancelled); last position sent: \"{partial}\"");
        }

        run.Seal();
        var last = run.LastEnqueuedPosition;
        lock (_gate)
        {
            _stopPosition = last;
        }

        RuntimeLog.SourceStopped(_logger, last, run.RecordsEnqueued);
        return last;
    }

    public async Task TeardownAsync(CancellationToken cancellationToken)
    {
        SourceRun? run;
        lock (_gate)
        {
            if (_state == SourceState.TornDown)
            {
                return;
            }

            run = _run;
            _state = SourceState.TornDown;
        }

        if (run is not null)
        {
            await DrainAsync(run, _timeouts.RunDrain, cancellationToken).ConfigureAwait(false);
        }

        await AuthorCall.InvokeAsync(_logger, "source", "TeardownAsync", _source.TeardownAsync, cancellationToken, _timeouts.Teardown).ConfigureAwait(false);
    }

    /// <summary>Tears down with a short budget because the process is exiting; never throws.</summary>
    public async Task ShutdownAsync(TimeSpan budget)
    {
        if (State == SourceState.TornDown)
        {
            return;
        }

        RuntimeLog.ForcedTeardown(_logger, "source");
        using var cts = new CancellationTokenSource(budget);
        try
        {
            lock (_gate)
            {
                _run?.Abort();
            }

            await TeardownAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already logged by AuthorCall; the process is going away regardless.
        }
    }

    private async Task DrainAsync(SourceRun run, TimeSpan timeout, CancellationToken cancellationToken)
    {
        run.RequestStop();
        try
        {
            // Conduit closes the stream once it has every record and has sent every acknowledgment.
            await run.Completion.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            RuntimeLog.RunDrainTimedOut(_logger, "source", timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The run failed; Run already reported it to Conduit.
        }

        run.Abort();
    }

    private void Require(string call, string expected, SourceState allowed)
    {
        lock (_gate)
        {
            if (_state != allowed)
            {
                throw ConnectorStateException.For(Kind, call, _state, expected);
            }
        }
    }

    private void Advance(SourceState from, SourceState to)
    {
        lock (_gate)
        {
            if (_state == from)
            {
                _state = to;
            }
        }
    }
}
