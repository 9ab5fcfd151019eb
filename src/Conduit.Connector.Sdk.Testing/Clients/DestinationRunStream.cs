using Conduit.Connector.Sdk.Wire;
using Grpc.Core;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// The host's side of <c>connector.v2.DestinationPlugin/Run</c>: records go out in batches,
/// acknowledgments come back, one per record, in order. Calls are not thread-safe: one reader and
/// one writer at a time. Errors surface as <see cref="RpcException"/>.
/// </summary>
public sealed class DestinationRunStream : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<V2.Destination.Types.Run.Types.Request, V2.Destination.Types.Run.Types.Response> _call;

    internal DestinationRunStream(AsyncDuplexStreamingCall<V2.Destination.Types.Run.Types.Request, V2.Destination.Types.Run.Types.Response> call) => _call = call;

    /// <summary>Sends records in one message.</summary>
    /// <param name="records">The records, in order.</param>
    /// <param name="cancellationToken">Abandons the write.</param>
    /// <returns>A task that completes when the message is sent.</returns>
    public async Task WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var request = new V2.Destination.Types.Run.Types.Request();
        RecordWireMapper.ToWire(records, request.Records);
        await _call.RequestStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends records in as many messages as needed to keep each under <paramref name="maxMessageSize"/>
    /// bytes (a record larger than that on its own still goes alone, and the connector rejects it).
    /// </summary>
    /// <param name="records">The records, in order.</param>
    /// <param name="maxMessageSize">The connector's receive limit (CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE).</param>
    /// <param name="cancellationToken">Abandons the write.</param>
    /// <returns>How many messages were sent.</returns>
    public async Task<int> WriteSplitAsync(IReadOnlyList<Record> records, int maxMessageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageSize);
        var messages = 0;
        var request = new V2.Destination.Types.Run.Types.Request();
        var size = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var wire = RecordWireMapper.ToWire(records[i]);
            var wireSize = wire.CalculateSize();

            // Field tag plus length prefix of the repeated element.
            var entrySize = 1 + Google.Protobuf.CodedOutputStream.ComputeLengthSize(wireSize) + wireSize;
            if (request.Records.Count > 0 && size + entrySize > maxMessageSize)
            {
                await _call.RequestStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
                messages++;
                request = new V2.Destination.Types.Run.Types.Request();
                size = 0;
            }

            request.Records.Add(wire);
            size += entrySize;
        }

        if (request.Records.Count > 0)
        {
            await _call.RequestStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            messages++;
        }

        return messages;
    }

    /// <summary>Reads the next message of acknowledgments.</summary>
    /// <param name="cancellationToken">Abandons the read.</param>
    /// <returns>The acknowledgments of the message, or <see langword="null"/> when the connector ended the stream.</returns>
    public async Task<IReadOnlyList<DestinationAck>?> ReadAckBatchAsync(CancellationToken cancellationToken = default) =>
        await _call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false)
            ? [.. _call.ResponseStream.Current.Acks.Select(a => new DestinationAck(new Position(a.Position.Memory), a.Error.Length == 0 ? null : a.Error))]
            : null;

    /// <summary>Reads messages until <paramref name="count"/> acknowledgments arrived.</summary>
    /// <param name="count">How many acknowledgments to wait for.</param>
    /// <param name="cancellationToken">Abandons the read.</param>
    /// <returns>The acknowledgments, in order; more than <paramref name="count"/> when the last message held more.</returns>
    /// <exception cref="InvalidOperationException">The connector ended the stream first.</exception>
    public async Task<IReadOnlyList<DestinationAck>> ReadAcksAsync(int count, CancellationToken cancellationToken = default)
    {
        var acks = new List<DestinationAck>(count);
        while (acks.Count < count)
        {
            var batch = await ReadAckBatchAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The destination ended the stream after {acks.Count} of {count} acknowledgments.");
            acks.AddRange(batch);
        }

        return acks;
    }

    /// <summary>Closes the host's side of the stream: no more records will come.</summary>
    /// <returns>A task that completes when the close is sent.</returns>
    public Task CompleteAsync() => _call.RequestStream.CompleteAsync();

    /// <summary>Cancels the call if it still runs.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        _call.Dispose();
        return ValueTask.CompletedTask;
    }
}
