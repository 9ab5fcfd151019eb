namespace Conduit.Connector.Sdk.Testing;

/// <summary>Live counts of a running <see cref="ConnectorPipeline"/>; safe to read from any thread.</summary>
public sealed class PipelineCounters
{
    private long _read;
    private long _acknowledged;
    private long _failed;
    private string? _firstError;

    /// <summary>Gets how many records were read from the source and written to the destination.</summary>
    public long RecordsRead => Interlocked.Read(ref _read);

    /// <summary>Gets how many records the destination acknowledged (successfully or not).</summary>
    public long RecordsAcknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>Gets how many records the destination acknowledged with an error.</summary>
    public long RecordsFailed => Interlocked.Read(ref _failed);

    /// <summary>Gets the first error a destination acknowledgment carried, if any.</summary>
    public string? FirstError => Volatile.Read(ref _firstError);

    internal long AddRead(int count) => Interlocked.Add(ref _read, count);

    internal void AddAcknowledged(int count) => Interlocked.Add(ref _acknowledged, count);

    internal void AddFailed(string error)
    {
        Interlocked.Increment(ref _failed);
        Interlocked.CompareExchange(ref _firstError, error, null);
    }

    internal PipelineResult ToResult(Position lastPosition, TimeSpan elapsed) =>
        new(RecordsRead, RecordsAcknowledged, RecordsFailed, FirstError, lastPosition, elapsed);
}
