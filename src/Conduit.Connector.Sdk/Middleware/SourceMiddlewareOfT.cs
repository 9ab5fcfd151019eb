using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// The base of a source middleware of your own: declare its parameters as a configuration class (the same
/// attributes as a connector's configuration, for example <c>[Parameter("mycompany.tag")]</c>) and change each
/// record in <see cref="ProcessAsync"/>. Add it with <see cref="MiddlewarePipeline{TMiddleware}.With"/>.
/// </summary>
/// <typeparam name="TConfig">The configuration class, marked with <see cref="ConnectorConfigurationAttribute"/>.</typeparam>
/// <example>
/// <code>
/// [ConnectorConfiguration]
/// public sealed partial class TagConfig
/// {
///     /// &lt;summary&gt;Value of the "tag" metadata key.&lt;/summary&gt;
///     [Parameter("tag.value")]
///     public string Value { get; init; } = "none";
/// }
///
/// public sealed class TagMiddleware : SourceMiddleware&lt;TagConfig&gt;
/// {
///     protected override ValueTask ProcessAsync(Record record, TagConfig configuration, CancellationToken cancellationToken)
///     {
///         record.Metadata["tag"] = configuration.Value;
///         return ValueTask.CompletedTask;
///     }
/// }
/// </code>
/// </example>
public abstract class SourceMiddleware<TConfig> : SourceMiddleware
    where TConfig : class, IConnectorConfiguration<TConfig>
{
    /// <summary>Initializes the middleware.</summary>
    protected SourceMiddleware()
    {
    }

    /// <summary>Gets the parameters of <typeparamref name="TConfig"/>.</summary>
    public sealed override IReadOnlyList<ParameterSpecification> Parameters => TConfig.Parameters;

    /// <summary>
    /// Changes a record the source produced, in place, before the middleware outside this one sees it. Runs on
    /// the source's read path, one record at a time, in order. Throwing fails the read, as if the source threw.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="configuration">The parsed configuration.</param>
    /// <param name="cancellationToken">Cancelled when the source stops.</param>
    /// <returns>A task that completes when the record is processed.</returns>
    protected abstract ValueTask ProcessAsync(Record record, TConfig configuration, CancellationToken cancellationToken);

    internal override SourceStage Configure(ConfigurationReader reader, MiddlewareContext context) =>
        new Stage(this, TConfig.Read(reader));

    private sealed class Stage(SourceMiddleware<TConfig> owner, TConfig configuration) : SourceStage
    {
        public override ValueTask ProcessAsync(Record record, CancellationToken cancellationToken) =>
            owner.ProcessAsync(record, configuration, cancellationToken);
    }
}
