using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// The base of a destination middleware of your own: declare its parameters as a configuration class (the
/// same attributes as a connector's configuration) and change each record in <see cref="ProcessAsync"/>
/// before the destination writes it. Add it with <see cref="MiddlewarePipeline{TMiddleware}.With"/>.
/// </summary>
/// <typeparam name="TConfig">The configuration class, marked with <see cref="ConnectorConfigurationAttribute"/>.</typeparam>
/// <remarks>
/// When <see cref="ProcessAsync"/> throws for the record at index i of a batch, the records before it are
/// written, and that record and the ones after it fail with the message <c>record i: …</c>.
/// </remarks>
public abstract class DestinationMiddleware<TConfig> : DestinationMiddleware
    where TConfig : class, IConnectorConfiguration<TConfig>
{
    /// <summary>Initializes the middleware.</summary>
    protected DestinationMiddleware()
    {
    }

    /// <summary>Gets the parameters of <typeparamref name="TConfig"/>.</summary>
    public sealed override IReadOnlyList<ParameterSpecification> Parameters => TConfig.Parameters;

    /// <summary>Changes a record, in place, before the middleware inside this one and the destination see it.</summary>
    /// <param name="record">The record.</param>
    /// <param name="configuration">The parsed configuration.</param>
    /// <param name="cancellationToken">Cancelled when the stream ends.</param>
    /// <returns>A task that completes when the record is processed.</returns>
    protected abstract ValueTask ProcessAsync(Record record, TConfig configuration, CancellationToken cancellationToken);

    internal override DestinationStage Configure(ConfigurationReader reader, MiddlewareContext context) =>
        new Stage(this, TConfig.Read(reader));

    private sealed class Stage(DestinationMiddleware<TConfig> owner, TConfig configuration) : DestinationStage
    {
        public override ValueTask WriteAsync(IReadOnlyList<Record> records, DestinationWrite next, CancellationToken cancellationToken) =>
            RecordByRecord.WriteAsync(records, (record, ct) => owner.ProcessAsync(record, configuration, ct), next, cancellationToken);
    }
}
