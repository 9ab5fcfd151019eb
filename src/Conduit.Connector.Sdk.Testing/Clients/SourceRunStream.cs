using Conduit.Connector.Sdk.Wire;
using Google.Protobuf;
using Grpc.Core;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// The host's side of <c>connector.v2.SourcePlugin/Run</c>: records come in batches, acknowledgments
/// go back (in record order, as Conduit sends them). Calls are not thread-safe: one reader and one
/// writer at a time. Errors surface as <see cref="RpcException"/>.
/// </summary>
public sealed class SourceRunStream : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<V2.Source.Types.Run.Types.Request, V2.Source.Types.Run.Types.Response> _call;

    internal SourceRunStream(AsyncDuplexStreamingCall<V2.Source.Types.Run.Types.Request, V2.Source.Types.Run.Types.Response> call) => _call = call;

    /// <summary>Reads the next message of the connector.</summary>
    /// <param name="cancellationToken">Abandons the read.</param>
    /// <returns>The records of the message, or <see langword="null"/> when the connector ended the stream.</returns>
    public async Task<IReadOnlyList<Record>?> ReadBatchAsync(CancellationToken cancellationToken = default) =>
        await _call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false)
            ? RecordWireMapper.FromWire(_call.ResponseStream.Current.Records)
            : null;

    /// <summary>Reads messages until <paramref name="count"/> records arrived.</summary>
    /// <param name="count">How many records to wait for.</param>
    /// <param name="cancellationToken">Abandons the read.</param>
    /// <returns>The records, in order; more than <paramref name="count"/> when the last message held more.</returns>
    /// <exception cref="InvalidOperationException">The connector ended the stream first.</exception>
    public async Task<IReadOnlyList<Record>> ReadAsync(int count, CancellationToken cancellationToken = default)
    {
        var records = new List<Record>(count);
        while (records.Count < count)
        {
            var batch = await ReadBatchAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The source ended the stream after {records.Count} of {count} records.");
            records.AddRange(batch);
        }

        return records;
    }

    /// <summary>Acknowledges records in one message (<c>ack_positions</c>).</summary>
    /// <param name="positions">The positions of the records, in the order they were read.</param>
    /// <param name="cancellationToken">Abandons the write.</param>
    /// <returns>A task that completes when the message is sent.</returns>
    public async Task AckAsync(IEnumerable<Position> positions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var request = new V2.Source.Types.Run.Types.Request();
        request.AckPositions.AddRange(positions.Select(p => ByteString.CopyFrom(p.Bytes.Span)));
        await _call.RequestStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the host's side of the stream, as Conduit does once it sent its last acknowledgment.</summary>
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
