namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// The one source and one destination instance of this process, created on first use from the
/// author's factories (Conduit starts a new process per dispense, so there is never a second one).
/// </summary>
internal sealed class ConnectorInstances
{
    private readonly Lazy<Source?> _source;
    private readonly Lazy<Destination?> _destination;

    public ConnectorInstances(Connector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        Connector = connector;
        _source = new Lazy<Source?>(() => connector.Source?.Invoke(), LazyThreadSafetyMode.ExecutionAndPublication);
        _destination = new Lazy<Destination?>(() => connector.Destination?.Invoke(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Connector Connector { get; }

    public Specification Specification => Connector.Specification;

    public Source? Source => _source.Value;

    public Destination? Destination => _destination.Value;

    /// <summary>Gets the parameters published for the source: the author's configuration plus the SDK's middleware keys.</summary>
    public IReadOnlyList<ParameterSpecification> SourceParameters =>
        Source is { } source ? Middleware.SourcePipeline.Parameters(source, Connector.SourceMiddleware) : [];

    /// <summary>Gets the parameters published for the destination: the author's configuration plus the SDK's middleware keys.</summary>
    public IReadOnlyList<ParameterSpecification> DestinationParameters =>
        Destination is { } destination ? Middleware.DestinationPipeline.Parameters(destination, Connector.DestinationMiddleware) : [];
}
