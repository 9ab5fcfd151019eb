namespace Conduit.Connector.Sdk.Testing;

/// <summary>What a <see cref="ConnectorPipeline"/> configures and when it stops.</summary>
public sealed class PipelineOptions
{
    /// <summary>Gets the raw configuration of the source. <para>Defaults to empty.</para></summary>
    public IReadOnlyDictionary<string, string> SourceConfiguration { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the raw configuration of the destination. <para>Defaults to empty.</para></summary>
    public IReadOnlyDictionary<string, string> DestinationConfiguration { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the position the source resumes after. <para>Defaults to <see cref="Position.Empty"/> (a first run).</para></summary>
    public Position ResumeAfter { get; init; }

    /// <summary>
    /// Gets how many records to read before stopping the source; 0 runs until the token passed to
    /// <see cref="ConnectorPipeline.RunAsync"/> is cancelled. Records the source sends before its Stop
    /// answer are still delivered, so the result may hold a few more. <para>Defaults to 0.</para>
    /// </summary>
    public long RecordLimit { get; init; }

    /// <summary>
    /// Gets the largest message sent to the destination, in bytes: batches from the source are split
    /// to stay under the destination's receive limit, as Conduit's own batches do.
    /// <para>Defaults to 4 MiB, the connector default of CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE.</para>
    /// </summary>
    public int DestinationMaxMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>Gets counters to update while running (read them to show progress). <para>Defaults to <see langword="null"/> (the pipeline makes its own).</para></summary>
    public PipelineCounters? Counters { get; init; }
}
