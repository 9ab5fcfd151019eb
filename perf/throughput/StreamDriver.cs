using System.Diagnostics;
using System.Threading.Channels;
using Google.Protobuf.Collections;
using Grpc.Core;
using OpenCdc = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>
/// The client side of both Run streams, as Conduit drives them. The same code drives the SDK
/// connector and the ceiling: only the channel differs. The first <c>warmup</c> records are not timed.
/// </summary>
internal static class StreamDriver
{
    /// <summary>Reads records as fast as they come; a second loop acknowledges them in order, batching whatever is pending.</summary>
    public static async Task<Measurement> SourceAsync(CallInvoker invoker, long warmup, long count, CancellationToken cancellationToken)
    {
        var client = new V2.SourcePlugin.SourcePluginClient(invoker);
        using var call = client.Run(cancellationToken: cancellationToken);
        var pending = Channel.CreateUnbounded<RepeatedField<OpenCdc.Record>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var ackLoop = Task.Run(
            async () =>
            {
                var reader = pending.Reader;
                while (await reader.WaitToReadAsync(cancellationToken))
                {
                    var request = new V2.Source.Types.Run.Types.Request();
                    while (reader.TryRead(out var records))
                    {
                        foreach (var record in records)
                        {
                            request.AckPositions.Add(record.Position);
                        }
                    }

                    await call.RequestStream.WriteAsync(request, cancellationToken);
                }
            },
            cancellationToken);

        long received = 0, messages = 0, timedFrom = 0, messagesFrom = 0, started = 0;
        var total = warmup + count;
        while (received < total)
        {
            if (!await call.ResponseStream.MoveNext(cancellationToken))
            {
                throw new InvalidOperationException($"the source ended the stream after {received} records");
            }

            var records = call.ResponseStream.Current.Records;
            received += records.Count;
            messages++;
            pending.Writer.TryWrite(records);
            if (started == 0 && received >= warmup)
            {
                started = Stopwatch.GetTimestamp();
                timedFrom = received;
                messagesFrom = messages;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        pending.Writer.TryComplete();
        if (ackLoop.IsFaulted)
        {
            await ackLoop;
        }

        return new Measurement(received - timedFrom, messages - messagesFrom, elapsed);
    }

    /// <summary>Writes the same prebuilt batch as fast as the stream takes it while a second loop counts the acknowledgments.</summary>
    public static async Task<Measurement> DestinationAsync(CallInvoker invoker, int batch, long warmup, long count, CancellationToken cancellationToken)
    {
        var client = new V2.DestinationPlugin.DestinationPluginClient(invoker);
        using var call = client.Run(cancellationToken: cancellationToken);
        var request = WireRecords.DestinationRequest(batch);
        var total = warmup + count;
        using var writerCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writeLoop = Task.Run(
            async () =>
            {
                for (long sent = 0; sent < total; sent += batch)
                {
                    await call.RequestStream.WriteAsync(request, writerCts.Token);
                }
            },
            writerCts.Token);

        long acked = 0, messages = 0, timedFrom = 0, messagesFrom = 0, started = 0;
        while (acked < total)
        {
            if (!await call.ResponseStream.MoveNext(cancellationToken))
            {
                throw new InvalidOperationException($"the destination ended the stream after {acked} acknowledgments");
            }

            var acks = call.ResponseStream.Current.Acks;
            if (acks.Count > 0 && acks[0].Error.Length > 0)
            {
                throw new InvalidOperationException($"the destination failed a record: {acks[0].Error}");
            }

            acked += acks.Count;
            messages++;
            if (started == 0 && acked >= warmup)
            {
                started = Stopwatch.GetTimestamp();
                timedFrom = acked;
                messagesFrom = messages;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        await writerCts.CancelAsync();
        await writeLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return new Measurement(acked - timedFrom, messages - messagesFrom, elapsed);
    }
}

/// <summary>Records counted in the timed part of a stream.</summary>
internal readonly record struct Measurement(long Records, long Messages, TimeSpan Elapsed)
{
    public double RecordsPerSecond => Records / Elapsed.TotalSeconds;

    public double RecordsPerMessage => Messages == 0 ? 0 : (double)Records / Messages;
}
