using System.Diagnostics;
using System.Threading.Channels;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// Moves records from a source connector to a destination connector the way Conduit does: both run
/// as child processes driven over the connector protocol; every record read from the source is
/// written to the destination, and the source gets its acknowledgments, in order, once the
/// destination acknowledged the record. Stopping follows Conduit's graceful sequence: source Stop,
/// drain up to the position it returns, close the source stream, destination Stop, teardown both.
/// </summary>
public sealed class ConnectorPipeline
{
    private readonly ConnectorProcess _source;
    private readonly ConnectorProcess _destination;

    /// <summary>Initializes a pipeline between two started connector processes.</summary>
    /// <param name="source">The process serving the source.</param>
    /// <param name="destination">The process serving the destination.</param>
    public ConnectorPipeline(ConnectorProcess source, ConnectorProcess destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        _source = source;
        _destination = destination;
    }

    /// <summary>
    /// Configures and opens both connectors, moves records until <paramref name="options"/> says to
    /// stop, then stops and tears both down.
    /// </summary>
    /// <param name="options">What to configure and when to stop.</param>
    /// <param name="cancellationToken">Stops the pipeline gracefully when cancelled.</param>
    /// <returns>What happened.</returns>
    public async Task<PipelineResult> RunAsync(PipelineOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = _source.Source;
        var destination = _destination.Destination;
        await Task.WhenAll(
            source.ConfigureAsync(options.SourceConfiguration, cancellationToken),
            destination.ConfigureAsync(options.DestinationConfiguration, cancellationToken)).ConfigureAwait(false);
        await Task.WhenAll(
            source.OpenAsync(options.ResumeAfter, cancellationToken),
            destination.OpenAsync(cancellationToken)).ConfigureAwait(false);

        var counters = options.Counters ?? new PipelineCounters();
        var started = Stopwatch.GetTimestamp();
        await using var sourceRun = source.Run(CancellationToken.None);
        await using var destinationRun = destination.Run(CancellationToken.None);

        // Positions written to the destination and not yet acknowledged, in order.
        var inFlight = Channel.CreateUnbounded<Position>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var stop = new StopSignal();
        using var stopRegistration = cancellationToken.Register(stop.Request);

        var forward = ForwardAsync(sourceRun, destinationRun, inFlight.Writer, counters, options, stop);
        var acknowledge = AcknowledgeAsync(sourceRun, destinationRun, inFlight.Reader, counters);
        var stopper = StopSourceWhenAskedAsync(source, stop);

        Position last;
        Task<IReadOnlyList<Record>?>? pendingRead;
        try
        {
            // A failing loop ends the run at once instead of leaving Stop waiting forever.
            await Task.WhenAny(stopper, FirstFailure(forward, acknowledge)).ConfigureAwait(false);
            ThrowIfFailed(forward);
            ThrowIfFailed(acknowledge);
            last = await stopper.ConfigureAwait(false);
            stop.LastPosition.TrySetResult(last);
            pendingRead = await forward.ConfigureAwait(false);
            inFlight.Writer.TryComplete();
            await acknowledge.ConfigureAwait(false);
        }
        catch
        {
            stop.Request();
            inFlight.Writer.TryComplete();
            throw;
        }

        // Conduit closes the source stream once every acknowledgment is sent; the source's Run then ends.
        await sourceRun.CompleteAsync().ConfigureAwait(false);
        if (pendingRead is not null)
        {
            await pendingRead.ConfigureAwait(false);
        }

        while (await sourceRun.ReadBatchAsync(CancellationToken.None).ConfigureAwait(false) is not null)
        {
        }

        await destination.StopAsync(last, CancellationToken.None).ConfigureAwait(false);
        await destinationRun.CompleteAsync().ConfigureAwait(false);
        while (await destinationRun.ReadAckBatchAsync(CancellationToken.None).ConfigureAwait(false) is not null)
        {
        }

        await Task.WhenAll(source.TeardownAsync(CancellationToken.None), destination.TeardownAsync(CancellationToken.None)).ConfigureAwait(false);
        return counters.ToResult(last, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<Position> StopSourceWhenAskedAsync(SourceClient source, StopSignal stop)
    {
        await stop.Requested.ConfigureAwait(false);
        return await source.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <returns>A read still pending when the stop position was reached (it completes once the source stream ends), or <see langword="null"/>.</returns>
    private static async Task<Task<IReadOnlyList<Record>?>?> ForwardAsync(
        SourceRunStream sourceRun,
        DestinationRunStream destinationRun,
        ChannelWriter<Position> inFlight,
        PipelineCounters counters,
        PipelineOptions options,
        StopSignal stop)
    {
        Position? last = null;
        Task<IReadOnlyList<Record>?>? pending = null;
        while (true)
        {
            // Once Stop answered, read only up to the position it named.
            if (stop.LastPosition.Task.IsCompletedSuccessfully)
            {
                var target = stop.LastPosition.Task.Result;
                if (target.IsEmpty || last == target)
                {
                    return pending;
                }
            }

            // A read is never cancelled (that would cancel the whole call); it is kept across turns instead.
            pending ??= sourceRun.ReadBatchAsync(CancellationToken.None);
            await Task.WhenAny(pending, stop.LastPosition.Task).ConfigureAwait(false);
            if (!pending.IsCompleted)
            {
                continue;
            }

            var batch = await pending.ConfigureAwait(false)
                ?? throw new InvalidOperationException("the source ended the stream before it was stopped");
            pending = null;
            if (batch.Count == 0)
            {
                continue;
            }

            foreach (var record in batch)
            {
                inFlight.TryWrite(record.Position);
            }

            await destinationRun.WriteSplitAsync(batch, options.DestinationMaxMessageSize, CancellationToken.None).ConfigureAwait(false);
            last = batch[^1].Position;
            if (counters.AddRead(batch.Count) >= options.RecordLimit && options.RecordLimit > 0)
            {
                stop.Request();
            }
        }
    }

    private static async Task AcknowledgeAsync(
        SourceRunStream sourceRun,
        DestinationRunStream destinationRun,
        ChannelReader<Position> inFlight,
        PipelineCounters counters)
    {
        var positions = new List<Position>();
        while (await inFlight.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var acks = await destinationRun.ReadAckBatchAsync(CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the destination ended the stream with records still unacknowledged");
            positions.Clear();
            foreach (var ack in acks)
            {
                if (!inFlight.TryRead(out var expected) || expected != ack.Position)
                {
                    throw new InvalidOperationException($"received unexpected ack, expected position \"{expected}\" but got \"{ack.Position}\"");
                }

                positions.Add(ack.Position);
                if (ack.Error is not null)
                {
                    counters.AddFailed(ack.Error);
                }
            }

            counters.AddAcknowledged(acks.Count);
            // Like Conduit with its default dead-letter queue: failed records are logged and acknowledged.
            await sourceRun.AckAsync(positions, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Completes as soon as one of <paramref name="tasks"/> fails; never completes otherwise.</summary>
    private static Task FirstFailure(params Task[] tasks)
    {
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var task in tasks)
        {
            _ = task.ContinueWith(
                static (t, state) => ((TaskCompletionSource)state!).TrySetResult(),
                failed,
                CancellationToken.None,
                TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return failed.Task;
    }

    private static void ThrowIfFailed(Task task)
    {
        if (task.IsFaulted || task.IsCanceled)
        {
            task.GetAwaiter().GetResult();
        }
    }

    private sealed class StopSignal
    {
        private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Requested => _requested.Task;

        public TaskCompletionSource<Position> LastPosition { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Request() => _requested.TrySetResult();
    }
}
