using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Reads records from a third-party system. Derive from <see cref="Source{TConfig}"/>; the SDK calls
/// the methods below in Conduit's order (configure, lifecycle event, open, read and ack, teardown).
/// </summary>
/// <remarks>
/// <para><see cref="ReadAsync"/> and <see cref="AckAsync"/> run concurrently with each other, but each
/// is never called concurrently with itself. Acks arrive in the order records were read.</para>
/// <para><see cref="TeardownAsync"/> is always the last call and may come without a prior
/// <see cref="OpenAsync"/> (for example after a configuration check).</para>
/// </remarks>
public abstract class Source
{
    private ILogger _logger = NullLogger.Instance;
    private ConnectorEnvironment _environment = new();
    private ISchemaService _schemaService = new Schemas.UnavailableSchemaService();

    private protected Source()
    {
    }

    /// <summary>Gets the logger of the connector; it writes to Conduit's log.</summary>
    protected ILogger Logger => _logger;

    internal abstract IReadOnlyList<ParameterSpecification> ConfigurationParameters { get; }

    internal abstract void ReadConfiguration(ConfigurationReader reader);

    internal abstract ValueTask ConfigureCoreAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Gets what Conduit told this process: the connector id, the token and address of Conduit's
    /// connector utilities (schema service), the log level and the largest message accepted.
    /// </summary>
    protected ConnectorEnvironment ConnectorEnvironment => _environment;

    /// <summary>
    /// Gets Conduit's schema service, to register and look up schemas yourself (see <see cref="ISchemaService"/>).
    /// For a source, subjects are filed under the schema context of <see cref="SourceSchemaContextMiddleware"/>.
    /// Available from configuration on.
    /// </summary>
    protected ISchemaService SchemaService => _schemaService;

    internal void AttachSchemaService(ISchemaService schemaService) => _schemaService = schemaService;

    internal void AttachLogger(ILogger logger) => _logger = logger;

    internal void AttachEnvironment(ConnectorEnvironment environment) => _environment = environment;

    /// <summary>
    /// Prepares reading: connect, and resume after <paramref name="position"/>.
    /// </summary>
    /// <param name="position">The position of the last record Conduit processed, or <see langword="null"/> on a first run.</param>
    /// <param name="cancellationToken">Cancelled when the call is abandoned.</param>
    /// <returns>A task that completes when the source is open.</returns>
    public virtual ValueTask OpenAsync(Position? position, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Produces records, in order, each with a unique position. The SDK pulls the next record only
    /// when Conduit has room for it, so backpressure reaches your code.
    /// </summary>
    /// <param name="cancellationToken">
    /// Cancelled when Conduit asks the source to stop. Stop fetching new data, yield what you
    /// already fetched, then end the sequence (or throw <see cref="OperationCanceledException"/>).
    /// </param>
    /// <returns>The records. Ending the sequence means "no more records for now"; the stream stays open until Conduit stops it.</returns>
    public abstract IAsyncEnumerable<Record> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Called once Conduit has processed the record at <paramref name="position"/>, in read order.</summary>
    /// <param name="position">The position of the acknowledged record.</param>
    /// <param name="cancellationToken">Cancelled when the stream ends.</param>
    /// <returns>A task that completes when the acknowledgment is handled.</returns>
    public virtual ValueTask AckAsync(Position position, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Releases everything the source holds. Always the last call; safe after a partial open.</summary>
    /// <param name="cancellationToken">Cancelled when the teardown takes too long.</param>
    /// <returns>A task that completes when resources are released.</returns>
    public virtual ValueTask TeardownAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Called after configuration and before opening, on the first run ever of this connector.</summary>
    /// <param name="configuration">The raw configuration.</param>
    /// <param name="cancellationToken">Cancelled when the call is abandoned.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public virtual ValueTask OnCreatedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Called after configuration and before opening, when the configuration changed since the last run.</summary>
    /// <param name="before">The configuration of the last run.</param>
    /// <param name="after">The new configuration.</param>
    /// <param name="cancellationToken">Cancelled when the call is abandoned.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public virtual ValueTask OnUpdatedAsync(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Called alone (no configure, no open) when the connector is deleted; clean up what <see cref="OnCreatedAsync"/> made.</summary>
    /// <param name="configuration">The raw configuration of the last run.</param>
    /// <param name="cancellationToken">Cancelled when the call is abandoned.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public virtual ValueTask OnDeletedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>A <see cref="Source"/> with a typed configuration, parsed and validated before <see cref="ConfigureAsync"/>.</summary>
/// <typeparam name="TConfig">The configuration class, marked with <see cref="ConnectorConfigurationAttribute"/>.</typeparam>
public abstract class Source<TConfig> : Source
    where TConfig : class, IConnectorConfiguration<TConfig>
{
    private TConfig? _configuration;

    /// <summary>Gets the configuration. Available from <see cref="ConfigureAsync"/> on.</summary>
    /// <exception cref="InvalidOperationException">The source has not been configured yet.</exception>
    protected TConfig Configuration => _configuration ?? throw new InvalidOperationException("The source has not been configured yet.");

    internal override IReadOnlyList<ParameterSpecification> ConfigurationParameters => TConfig.Parameters;

    internal override void ReadConfiguration(ConfigurationReader reader) => _configuration = TConfig.Read(reader);

    internal override ValueTask ConfigureCoreAsync(CancellationToken cancellationToken) => ConfigureAsync(Configuration, cancellationToken);

    /// <summary>
    /// Called once the configuration is parsed and valid. Check rules that span several parameters
    /// here; throw <see cref="ConfigurationException"/> to reject the configuration.
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="cancellationToken">Cancelled when the call is abandoned.</param>
    /// <returns>A task that completes when the configuration is accepted.</returns>
    public virtual ValueTask ConfigureAsync(TConfig configuration, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
