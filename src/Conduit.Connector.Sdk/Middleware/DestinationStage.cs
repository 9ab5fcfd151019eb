namespace Conduit.Connector.Sdk.Middleware;

/// <summary>Writes a batch: the connector's <see cref="Destination.WriteAsync"/> or the next middleware.</summary>
/// <param name="records">The records, never empty.</param>
/// <param name="cancellationToken">Cancelled when the stream ends.</param>
/// <returns>A task that completes once every record is written; see <see cref="PartialWriteException"/> for partial failures.</returns>
internal delegate ValueTask DestinationWrite(IReadOnlyList<Record> records, CancellationToken cancellationToken);

/// <summary>One configured destination middleware of one connector: it may wrap each write on its way from Conduit to the connector.</summary>
internal abstract class DestinationStage
{
    /// <summary>A stage that does not touch writes (its configuration went to the <see cref="MiddlewareContext"/>).</summary>
    public static DestinationStage Passive { get; } = new PassiveStage();

    /// <summary>Gets a value indicating whether <see cref="WriteAsync"/> needs to be in the write path.</summary>
    public virtual bool InterceptsWrites => true;

    /// <summary>
    /// Writes a batch through <paramref name="next"/>. Throwing <see cref="PartialWriteException"/> with n
    /// says the first n records were written; any other exception, that none was.
    /// </summary>
    public abstract ValueTask WriteAsync(IReadOnlyList<Record> records, DestinationWrite next, CancellationToken cancellationToken);

    private sealed class PassiveStage : DestinationStage
    {
        public override bool InterceptsWrites => false;

        public override ValueTask WriteAsync(IReadOnlyList<Record> records, DestinationWrite next, CancellationToken cancellationToken) =>
            next(records, cancellationToken);
    }
}
