namespace Conduit.Connector.Sdk.Runtime;

/// <summary>What a source runtime needs to configure its middleware: the pipeline, the environment and the schema service.</summary>
/// <param name="Middleware">The middleware, outermost first.</param>
/// <param name="Environment">What Conduit told the process (the connector ID names the schema context).</param>
/// <param name="SchemaService">The process's schema service.</param>
internal sealed record SourceMiddlewareSetup(MiddlewarePipeline<SourceMiddleware> Middleware, ConnectorEnvironment Environment, ISchemaService SchemaService)
{
    /// <summary>Gets a setup without middleware (tests of the runtime itself).</summary>
    public static SourceMiddlewareSetup None { get; } = new(MiddlewarePipeline<SourceMiddleware>.Empty, new ConnectorEnvironment(), new Schemas.UnavailableSchemaService());
}

/// <summary>What a destination runtime needs to configure its middleware: the pipeline, the environment and the schema service.</summary>
/// <param name="Middleware">The middleware, outermost first.</param>
/// <param name="Environment">What Conduit told the process.</param>
/// <param name="SchemaService">The process's schema service.</param>
internal sealed record DestinationMiddlewareSetup(MiddlewarePipeline<DestinationMiddleware> Middleware, ConnectorEnvironment Environment, ISchemaService SchemaService)
{
    /// <summary>Gets a setup without middleware (tests of the runtime itself).</summary>
    public static DestinationMiddlewareSetup None { get; } = new(MiddlewarePipeline<DestinationMiddleware>.Empty, new ConnectorEnvironment(), new Schemas.UnavailableSchemaService());
}
