namespace Conduit.Connector.Sdk;

/// <summary>
/// Puts a connector together: its <see cref="Sdk.Specification"/> and factories for its
/// <see cref="Sdk.Source"/> and/or <see cref="Sdk.Destination"/>. Hand it to
/// <see cref="ConnectorHost.RunAsync(string[], Connector, System.Threading.CancellationToken)"/>.
/// </summary>
/// <remarks>
/// Each factory runs at most once per process: Conduit starts a new process for every pipeline run,
/// validation and specification load. Keep constructors cheap and free of side effects; open
/// connections in <c>OpenAsync</c>.
/// </remarks>
public sealed class Connector
{
    /// <summary>Gets the connector's specification.</summary>
    public required Specification Specification { get; init; }

    /// <summary>Gets the factory of the source, or <see langword="null"/> when the connector has no source. <para>Defaults to <see langword="null"/>.</para></summary>
    public Func<Source>? Source { get; init; }

    /// <summary>Gets the factory of the destination, or <see langword="null"/> when the connector has no destination. <para>Defaults to <see langword="null"/>.</para></summary>
    public Func<Destination>? Destination { get; init; }

    /// <summary>
    /// Gets the middleware around the source, outermost first: their <c>sdk.*</c> parameters join the source's
    /// specification, and they act on every record the source produces. Change a default with
    /// <see cref="MiddlewarePipeline{TMiddleware}.With"/>, drop one with
    /// <see cref="MiddlewarePipeline{TMiddleware}.Without{TRemove}"/>.
    /// <para>Defaults to <see cref="Sdk.SourceMiddleware.Default"/>.</para>
    /// </summary>
    public MiddlewarePipeline<SourceMiddleware> SourceMiddleware { get; init; } = Sdk.SourceMiddleware.Default;

    /// <summary>
    /// Gets the middleware around the destination, outermost first: their <c>sdk.*</c> parameters join the
    /// destination's specification, and they act on every record before it is written.
    /// <para>Defaults to <see cref="Sdk.DestinationMiddleware.Default"/>.</para>
    /// </summary>
    public MiddlewarePipeline<DestinationMiddleware> DestinationMiddleware { get; init; } = Sdk.DestinationMiddleware.Default;
}
