namespace Conduit.Connector.Sdk.Testing;

/// <summary>What a <see cref="ConnectorPipeline"/> run did.</summary>
/// <param name="RecordsRead">Records read from the source and written to the destination.</param>
/// <param name="RecordsAcknowledged">Records the destination acknowledged; the source got the same acknowledgments.</param>
/// <param name="RecordsFailed">Records the destination acknowledged with an error.</param>
/// <param name="FirstError">The first error of a failed record, if any.</param>
/// <param name="LastPosition">The position the source's Stop answered with.</param>
/// <param name="Elapsed">Time from opening the streams to the last acknowledgment.</param>
public sealed record PipelineResult(
    long RecordsRead,
    long RecordsAcknowledged,
    long RecordsFailed,
    string? FirstError,
    Position LastPosition,
    TimeSpan Elapsed)
{
    /// <summary>Gets the throughput in records per second.</summary>
    public double RecordsPerSecond => Elapsed > TimeSpan.Zero ? RecordsAcknowledged / Elapsed.TotalSeconds : 0;
}
