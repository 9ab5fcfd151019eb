using System.Threading.Channels;
using Conduit.Connector.Sdk.Middleware;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// One Run stream of a source: three loops joined by a bounded channel.
/// <list type="bullet">
/// <item>read: pulls records from the author's <see cref="Source.ReadAsync"/> into the channel; it waits
/// when the channel is full, which is how backpressure from Conduit reaches the author's code;</item>
/// <item>send: drains the channel in batches (whatever is buffered, up to a limit) into the stream;</item>
/// <item>ack: checks Conduit's acknowledgments against the sent order and hands them to the author.</item>
/// </list>
/// The run ends when Conduit closes its side of the stream, when the stream is cancelled, or when a
/// loop fails.
/// </summary>
internal sealed class SourceRun
{
    private readonly Source _source;
    private readonly ILogger _logger;
    private readonly Channel<Record> _buffer;
    private readonly CancellationTokenSource _streamCts;
    private readonly CancellationTokenSource _readCts;
    private readonly AckTracker _acks = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _maxBatch;
    private readonly SourcePipeline _pipeline;
    private Task _readTask = Task.CompletedTask;
    private volatile bool _sealed;
    private Position _lastEnqueued;
    private long _enqueued;

    public SourceRun(Source source, ILogger logger, int bufferCapacity, int maxBatch, CancellationToken streamToken, SourcePipeline? pipeline = null)
    {
        _source = source;
        _pipeline = pipeline ?? SourcePipeline.None;
        _logger = logger;
        _maxBatch = maxBatch;
        _buffer = Channel.CreateBounded<Record>(new BoundedChannelOptions(bufferCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _streamCts = CancellationTokenSource.CreateLinkedTokenSource(streamToken);
        _readCts = CancellationTokenSource.CreateLinkedTokenSource(_streamCts.Token);
    }

    /// <summary>Gets the task of the read loop; it completes once the author's sequence has ended.</summary>
    public Task ReadCompletion => _readTask;

    /// <summary>Gets the position of the last record handed to the send loop (every such record will be sent).</summary>
    public Position LastEnqueuedPosition => Volatile.Read(ref _enqueued) == 0 ? Position.Empty : _lastEnqueued;

    public long RecordsEnqueued => Volatile.Read(ref _enqueued);

    public async Task RunAsync(
        IAsyncEnumerable<IReadOnlyList<Position>> acknowledgments,
        Func<IReadOnlyList<Record>, CancellationToken, ValueTask> send)
    {
        var streamToken = _streamCts.Token;
        _readTask = Task.Run(() => ReadLoopAsync(_readCts.Token, streamToken), CancellationToken.None);
        var sendTask = Task.Run(() => SendLoopAsync(send, streamToken), CancellationToken.None);
        var ackTask = Task.Run(() => AckLoopAsync(acknowledgments, streamToken), CancellationToken.None);

        Observe(_readTask);
        Observe(sendTask);
        Observe(ackTask);

        try
        {
            await _ended.Task.ConfigureAwait(false);
        }
        finally
        {
            // Whatever ended the run ends every loop. The send and ack loops answer cancellation at
            // once; the read loop may sit in author code that ignores its token, so it is not awaited
            // (its records can no longer be sent) and the token sources are released when it ends.
            await _streamCts.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(sendTask, ackTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _ = _readTask.ContinueWith(static (_, state) => ((SourceRun)state!).DisposeTokens(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Stops reading: the author's token is cancelled; buffered records keep flowing.</summary>
    public void RequestStop()
    {
        try
        {
            _readCts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run and its read loop are over already.
        }
    }

    /// <summary>From now on records the author still produces are dropped (Stop has reported its last position).</summary>
    public void Seal() => _sealed = true;

    /// <summary>Ends the run at once (teardown or process shutdown).</summary>
    public void Abort()
    {
        try
        {
            _streamCts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run and its read loop are over already.
        }
    }

    public Task Completion => _ended.Task;

    private void DisposeTokens()
    {
        _readCts.Dispose();
        _streamCts.Dispose();
    }

    private void Observe(Task loop) =>
        loop.ContinueWith(
            static (t, state) =>
            {
                var ended = (TaskCompletionSource)state!;
                if (t.IsFaulted)
                {
                    ended.TrySetException(t.Exception!.InnerExceptions);
                }
            },
            _ended,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private async Task ReadLoopAsync(CancellationToken readToken, CancellationToken streamToken)
    {
        try
        {
            await foreach (var record in _source.ReadAsync(readToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(record);
                if (record.Position.IsEmpty)
                {
                    throw new InvalidOperationException("source produced a record with an empty position; every record needs a unique position so that Conduit can acknowledge it and resume after it");
                }

                if (_sealed)
                {
                    RuntimeLog.RecordsDroppedAfterStop(_logger);
                    break;
                }

                // The middleware (schema extraction, encoding, the author's own) change the record before
                // it is buffered; a failure there fails the read like the author's own exception.
                if (_pipeline.ProcessesRecords)
                {
                    await _pipeline.ProcessAsync(record, readToken).ConfigureAwait(false);
                }

                // Waiting for room in a full buffer ends with Stop (the read token is linked to the
                // stream's): this record is then not enqueued, not reported by Stop, and read again
                // after a restart. What is already buffered is still flushed after Stop.
                await _buffer.Writer.WriteAsync(record, readToken).ConfigureAwait(false);
                _lastEnqueued = record.Position;
                Interlocked.Increment(ref _enqueued);
            }

            if (!readToken.IsCancellationRequested)
            {
                RuntimeLog.SourceExhausted(_logger);
            }
        }
        catch (OperationCanceledException) when (readToken.IsCancellationRequested)
        {
            // Stopping is not an error.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RuntimeLog.AuthorCallFailed(_logger, "source", "ReadAsync", ex.Message, ex);
            throw new ConnectorCallException("ReadAsync", ex);
        }
        finally
        {
            _buffer.Writer.TryComplete();
        }
    }

    private async Task SendLoopAsync(Func<IReadOnlyList<Record>, CancellationToken, ValueTask> send, CancellationToken streamToken)
    {
        var reader = _buffer.Reader;
        try
        {
            // sdk.batch.size / sdk.batch.delay shape the messages (BatchCollection); without them a message
            // carries whatever is buffered, up to _maxBatch records.
            while (await BatchCollection.CollectAsync(reader, _pipeline.Batching, _maxBatch, streamToken).ConfigureAwait(false) is { } batch)
            {
                if (batch.Count == 0)
                {
                    continue;
                }

                _acks.Sent(batch);
                await send(batch, streamToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (streamToken.IsCancellationRequested)
        {
        }
    }

    private async Task AckLoopAsync(IAsyncEnumerable<IReadOnlyList<Position>> acknowledgments, CancellationToken streamToken)
    {
        try
        {
            await foreach (var positions in acknowledgments.WithCancellation(streamToken).ConfigureAwait(false))
            {
                for (var i = 0; i < positions.Count; i++)
                {
                    _acks.Acknowledge(positions[i]);
                    try
                    {
                        await _source.AckAsync(positions[i], streamToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !streamToken.IsCancellationRequested)
                    {
                        RuntimeLog.AuthorCallFailed(_logger, "source", "AckAsync", ex.Message, ex);
                        throw new ConnectorCallException("AckAsync", ex);
                    }
                }
            }

            RuntimeLog.RunEnded(_logger, "source", "Conduit closed the stream");
            _ended.TrySetResult();
        }
        catch (OperationCanceledException) when (streamToken.IsCancellationRequested)
        {
            RuntimeLog.RunEnded(_logger, "source", "the stream was cancelled");
            _ended.TrySetResult();
        }
        catch (IOException ex)
        {
            // Only reading the host's side of the stream can throw this here (author code is wrapped
            // above): the host reset the stream. That ends the run; it is not the connector's failure.
            RuntimeLog.RunEnded(_logger, "source", $"the host broke the stream ({ex.Message})");
            _ended.TrySetResult();
        }
    }
}
