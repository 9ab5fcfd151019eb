using Conduit.Connector.Sdk.Middleware;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Drives the author's <see cref="Destination"/> through Conduit's call sequence:
/// Configure → (lifecycle event) → Open → Run → Stop → Teardown, with OnDeleted alone and Teardown
/// allowed at any time. Unlike the Go SDK the destination has a state machine too, so a call out of
/// order is refused the same way for both sides.
/// </summary>
internal sealed class DestinationRuntime
{
    private const string Kind = "the destination";

    private readonly Destination _destination;
    private readonly ILogger _logger;
    private readonly RuntimeTimeouts _timeouts;
    private readonly DestinationMiddlewareSetup _middleware;
    private readonly Lock _gate = new();
    private DestinationPipeline _pipeline;
    private DestinationBatcher? _batcher;
    private DestinationState _state = DestinationState.Initial;
    private CancellationTokenSource? _runCts;
    private Task _runCompletion = Task.CompletedTask;
    // Empty until the first record is written; positions of written records are never empty.
    private Position _lastProcessed;
    private Position? _awaitedLast;
    private TaskCompletionSource? _lastArrived;

    public DestinationRuntime(Destination destination, ILogger logger, RuntimeTimeouts timeouts, DestinationMiddlewareSetup? middleware = null)
    {
        _destination = destination;
        _logger = logger;
        _timeouts = timeouts;
        _middleware = middleware ?? DestinationMiddlewareSetup.None;
        _pipeline = DestinationPipeline.None(destination);
    }

    public DestinationState State
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
        Require("Configure", "first, once", DestinationState.Initial);
        var reader = new ConfigurationReader(configuration);
        _destination.ReadConfiguration(reader);
        var context = new MiddlewareContext(_logger, _middleware.Environment, _middleware.SchemaService);
        var pipeline = DestinationPipeline.Configure(_middleware.Middleware, _destination, reader, context);
        try
        {
            reader.ThrowIfInvalid();
        }
        catch (ConfigurationException)
        {
            pipeline.Dispose();
            throw;
        }

        _pipeline = pipeline;
        _destination.AttachSchemaService(context.SchemaService);
        if (context.Serializer is { } serializer)
        {
            _destination.AttachSerializer(serializer);
        }

        await AuthorCall.InvokeAsync(_logger, "destination", "ConfigureAsync", _destination.ConfigureCoreAsync, cancellationToken).ConfigureAwait(false);
        Advance(DestinationState.Initial, DestinationState.Configured);
    }

    public Task OnCreatedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken)
    {
        Require("LifecycleOnCreated", "after Configure and before Open", DestinationState.Configured);
        return AuthorCall.InvokeAsync(_logger, "destination", "OnCreatedAsync", ct => _destination.OnCreatedAsync(configuration, ct), cancellationToken);
    }

    public Task OnUpdatedAsync(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, CancellationToken cancellationToken)
    {
        Require("LifecycleOnUpdated", "after Configure and before Open", DestinationState.Configured);
        return AuthorCall.InvokeAsync(_logger, "destination", "OnUpdatedAsync", ct => _destination.OnUpdatedAsync(before, after, ct), cancellationToken);
    }

    public Task OnDeletedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken)
    {
        Require("LifecycleOnDeleted", "only as the first call (no Configure or Open before it)", DestinationState.Initial);
        return AuthorCall.InvokeAsync(_logger, "destination", "OnDeletedAsync", ct => _destination.OnDeletedAsync(configuration, ct), cancellationToken);
    }

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        Require("Open", "after Configure, once", DestinationState.Configured);
        await AuthorCall.InvokeAsync(_logger, "destination", "OpenAsync", _destination.OpenAsync, cancellationToken).ConfigureAwait(false);
        Advance(DestinationState.Configured, DestinationState.Open);
    }

    /// <summary>
    /// Writes every batch Conduit sends, one at a time, and answers each record with exactly one
    /// acknowledgment, in order. A failed record does not end the stream.
    /// </summary>
    public async Task RunAsync(
        IAsyncEnumerable<IReadOnlyList<Record>> batches,
        Func<IReadOnlyList<DestinationAck>, CancellationToken, ValueTask> sendAcks,
        CancellationToken streamToken)
    {
        CancellationTokenSource runCts;
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_state != DestinationState.Open)
            {
                throw ConnectorStateException.For(Kind, "Run", _state, "after Open, once");
            }

            runCts = CancellationTokenSource.CreateLinkedTokenSource(streamToken);
            _runCts = runCts;
            _runCompletion = completion.Task;
            _state = DestinationState.Running;
        }

        var token = runCts.Token;
        if (_pipeline.Batching.IsEnabled)
        {
            // sdk.batch.*: messages are regrouped before writing; acknowledgments follow each written batch.
            var batcher = new DestinationBatcher(_pipeline.Batching);
            lock (_gate)
            {
                _batcher = batcher;
            }

            batches = batcher.BatchAsync(batches, token);
        }

        try
        {
            await foreach (var batch in batches.WithCancellation(token).ConfigureAwait(false))
            {
                // An empty batch carries nothing to acknowledge (the Go SDK panics on it).
                if (batch.Count == 0)
                {
                    continue;
                }

                var acks = await WriteAsync(batch, token).ConfigureAwait(false);
                await sendAcks(acks, token).ConfigureAwait(false);
                Processed(batch);
            }

            RuntimeLog.RunEnded(_logger, "destination", "Conduit closed the stream");
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            RuntimeLog.RunEnded(_logger, "destination", "the stream was cancelled");
        }
        catch (IOException ex)
        {
            // Author write failures become acknowledgments inside WriteAsync, so this comes from the
            // stream itself: the host reset it. That ends the run; it is not the connector's failure.
            RuntimeLog.RunEnded(_logger, "destination", $"the host broke the stream ({ex.Message})");
        }
        finally
        {
            lock (_gate)
            {
                if (_state < DestinationState.Stopped)
                {
                    _state = DestinationState.Stopped;
                }

                // Nothing more will arrive: a Stop still waiting for its last record fails now.
                _lastArrived?.TrySetException(new InvalidOperationException(
                    $"the run stream ended before the record at position \"{_awaitedLast}\" arrived (last record written: \"{_lastProcessed}\")"));
            }

            completion.TrySetResult();
        }
    }

    /// <summary>Returns once the record at <paramref name="lastPosition"/> has been written and acknowledged.</summary>
    public async Task StopAsync(Position lastPosition, CancellationToken cancellationToken)
    {
        Task waitFor;
        lock (_gate)
        {
            if (_state is not (DestinationState.Open or DestinationState.Running or DestinationState.Stopped))
            {
                throw ConnectorStateException.For(Kind, "Stop", _state, "after Open");
            }

            if (lastPosition.IsEmpty || _lastProcessed == lastPosition)
            {
                return;
            }

            if (_state != DestinationState.Running)
            {
                throw new InvalidOperationException(
                    $"Stop names position \"{lastPosition}\" as the last record, but no run stream is open to deliver it (last record written: \"{_lastProcessed}\")");
            }

            _awaitedLast = lastPosition;
            _lastArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waitFor = _lastArrived.Task;
        }

        RuntimeLog.StopRequested(_logger, "destination");
        DestinationBatcher? batcher;
        lock (_gate)
        {
            batcher = _batcher;
        }

        // A partial batch waiting for more records is written now: nothing comes after the last record.
        batcher?.RequestFlush();
        try
        {
            await waitFor.WaitAsync(_timeouts.Stop, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"the record at position \"{lastPosition}\" did not arrive within {_timeouts.Stop}; last record written: \"{_lastProcessed}\"");
        }
    }

    public async Task TeardownAsync(CancellationToken cancellationToken)
    {
        CancellationTokenSource? runCts;
        Task runCompletion;
        lock (_gate)
        {
            if (_state == DestinationState.TornDown)
            {
                return;
            }

            runCts = _runCts;
            runCompletion = _runCompletion;
            _state = DestinationState.TornDown;
        }

        if (runCts is not null)
        {
            // A write in progress is cancelled; its records get no acknowledgment and Conduit treats them as failed.
            await runCts.CancelAsync().ConfigureAwait(false);
            await runCompletion.WaitAsync(_timeouts.RunDrain, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        try
        {
            await AuthorCall.InvokeAsync(_logger, "destination", "TeardownAsync", _destination.TeardownAsync, cancellationToken, _timeouts.Teardown).ConfigureAwait(false);
        }
        finally
        {
            if (runCompletion.IsCompleted)
            {
                runCts?.Dispose();
                _pipeline.Dispose();
            }
        }
    }

    /// <summary>Tears down with a short budget because the process is exiting; never throws.</summary>
    public async Task ShutdownAsync(TimeSpan budget)
    {
        if (State == DestinationState.TornDown)
        {
            return;
        }

        RuntimeLog.ForcedTeardown(_logger, "destination");
        using var cts = new CancellationTokenSource(budget);
        try
        {
            await TeardownAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already logged by AuthorCall; the process is going away regardless.
        }
    }

    private async Task<IReadOnlyList<DestinationAck>> WriteAsync(IReadOnlyList<Record> batch, CancellationToken token)
    {
        try
        {
            await _pipeline.Write(batch, token).ConfigureAwait(false);
            return BatchOutcome.Succeeded(batch);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var acks = BatchOutcome.Failed(batch, ex);
            var firstFailed = Array.FindIndex(acks, a => a.Error is not null);
            RuntimeLog.WriteFailed(_logger, acks.Length - firstFailed, acks.Length, acks[firstFailed].Position, acks[firstFailed].Error!, ex);
            return acks;
        }
    }

    private void Processed(IReadOnlyList<Record> batch)
    {
        lock (_gate)
        {
            _lastProcessed = batch[^1].Position;
            if (_awaitedLast is { } awaited && _lastArrived is { } arrived)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Position == awaited)
                    {
                        arrived.TrySetResult();
                        break;
                    }
                }
            }
        }
    }

    private void Require(string call, string expected, DestinationState allowed)
    {
        lock (_gate)
        {
            if (_state != allowed)
            {
                throw ConnectorStateException.For(Kind, call, _state, expected);
            }
        }
    }

    private void Advance(DestinationState from, DestinationState to)
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
