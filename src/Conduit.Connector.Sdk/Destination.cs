using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Writes records to a third-party system. Derive from <see cref="Destination{TConfig}"/>; the SDK
/// calls the methods below in Conduit's order (configure, lifecycle event, open, write, teardown).
/// </summary>
/// <remarks>
/// <see cref="WriteAsync"/> is never called concurrently with itself. Every record gets exactly one
/// acknowledgment, in order: a batch that completes is acknowledged as written; a batch that throws
/// is acknowledged with the error (see <see cref="PartialWriteException"/> to report that a prefix
/// of the batch was written).
/// </remarks>
public abstract class Destination
{
    private ILogger _logger = NullLogger.Instance;
    private ConnectorEnvironment _environment = new();
    private ISchemaService _schemaService = new Schemas.UnavailableSchemaService();
    private RecordSerializer? _serializer;

    private protected Destination()
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

    /// <summary>
    /// Gets the serializer of the record format the user chose with <c>sdk.record.format</c> and
    /// <c>sdk.record.format.options</c> (see <see cref="DestinationRecordFormatMiddleware"/>): call
    /// <see cref="RecordSerializer.Serialize(Record, System.Buffers.IBufferWriter{byte})"/> to get the bytes to
    /// write. Available from configuration on. <para>Defaults to <c>opencdc/json</c>.</para>
    /// </summary>
    protected RecordSerializer RecordSerializer => _serializer ??= RecordFormat.OpenCdcJson.Configure(string.Empty);

    internal void AttachSerializer(RecordSerializer serializer) => _serializer = serializer;

    internal void AttachLogger(ILogger logger) => _logger = logger;

    internal void AttachEnvironment(ConnectorEnvironment environment) => _environment = environment;

    /// <summary>Prepares writing: connect and allocate what writing needs.</summary>
    /// <param name="cancellationToken">Cancelled when the call is abandoned.</param>
    /// <returns>A task that completes when the destination is open.</returns>
    public virtual ValueTask OpenAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Writes a batch now, without caching it. Completing normally means every record was written.
    /// Throwing means none was, unless the exception is a <see cref="PartialWriteException"/>
    /// naming how many records, from the start, were written.
    /// </summary>
    /// <param name="records">The records, in order; never empty.</param>
    /// <param name="cancellationToken">Cancelled when the stream ends or the destination is torn down.</param>
    /// <returns>A task that completes when the batch is written.</returns>
    public abstract ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken);

    /// <summary>Releases everything the destination holds. Always the last call; safe after a partial open.</summary>
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

/// <summary>A <see cref="Destination"/> with a typed configuration, parsed and validated before <see cref="ConfigureAsync"/>.</summary>
/// <typeparam name="TConfig">The configuration class, marked with <see cref="ConnectorConfigurationAttribute"/>.</typeparam>
public abstract class Destination<TConfig> : Destination
    where TConfig : class, IConnectorConfiguration<TConfig>
{
    private TConfig? _configuration;

    /// <summary>Gets the configuration. Available from <see cref="ConfigureAsync"/> on.</summary>
    /// <exception cref="InvalidOperationException">The destination has not been configured yet.</exception>
    protected TConfig Configuration => _configuration ?? throw new InvalidOperationException("The destination has not been configured yet.");

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
