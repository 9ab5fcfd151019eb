using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// What the middleware of one connector (source or destination) share while it is configured: the
/// log, the environment, the schema service, and the settings a middleware hands to the runtime
/// (batching) or to the connector (the schema context, the record serializer).
/// </summary>
internal sealed class MiddlewareContext
{
    public MiddlewareContext(ILogger logger, ConnectorEnvironment environment, ISchemaService schemaService)
    {
        Logger = logger;
        Environment = environment;
        RootSchemaService = schemaService;
        SchemaService = schemaService;
    }

    public ILogger Logger { get; }

    public ConnectorEnvironment Environment { get; }

    /// <summary>Gets the process's schema service, without a schema context.</summary>
    public ISchemaService RootSchemaService { get; }

    /// <summary>Gets or sets the schema service the connector and the inner middleware use (the schema context middleware prefixes subjects).</summary>
    public ISchemaService SchemaService { get; set; }

    /// <summary>Gets or sets how the runtime groups records (the batch middleware sets it).</summary>
    public BatchPolicy Batching { get; set; } = BatchPolicy.None;

    /// <summary>Gets or sets the serializer of <c>sdk.record.format</c> (the record format middleware sets it).</summary>
    public RecordSerializer? Serializer { get; set; }
}
