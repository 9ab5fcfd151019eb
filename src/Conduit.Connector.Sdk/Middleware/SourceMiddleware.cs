using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// A middleware around a connector's <see cref="Source"/>: it publishes its own <c>sdk.*</c> parameters
/// in the specification and acts on the records the source produces. The built-in ones are
/// <see cref="SourceBatchMiddleware"/>, <see cref="SourceEncodingMiddleware"/>,
/// <see cref="SourceSchemaContextMiddleware"/> and <see cref="SourceSchemaExtractionMiddleware"/>; write your
/// own by deriving from <see cref="SourceMiddleware{TConfig}"/>.
/// </summary>
/// <remarks>
/// A middleware object only holds defaults; the SDK reads its parameters from the connector's
/// configuration, together with the connector's own, so every problem is reported at once.
/// </remarks>
public abstract class SourceMiddleware
{
    private protected SourceMiddleware()
    {
    }

    /// <summary>
    /// Gets the middleware every source gets unless its <see cref="Connector"/> says otherwise, in the Go SDK's
    /// order: batch, encoding, schema context, schema extraction (the connector is innermost, so a record is
    /// first given a schema, then encoded, then batched).
    /// </summary>
    public static MiddlewarePipeline<SourceMiddleware> Default { get; } = new(
    [
        new SourceBatchMiddleware(),
        new SourceEncodingMiddleware(),
        new SourceSchemaContextMiddleware(),
        new SourceSchemaExtractionMiddleware(),
    ]);

    /// <summary>Gets the parameters the middleware adds to the source's specification.</summary>
    public abstract IReadOnlyList<ParameterSpecification> Parameters { get; }

    /// <summary>Reads the middleware's parameters (problems are recorded on the reader) and returns what acts on records.</summary>
    internal abstract SourceStage Configure(ConfigurationReader reader, MiddlewareContext context);
}
