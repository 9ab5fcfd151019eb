using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// A middleware around a connector's <see cref="Destination"/>: it publishes its own <c>sdk.*</c> parameters in
/// the specification and acts on the records before the destination writes them. The built-in ones are
/// <see cref="DestinationRateLimitMiddleware"/>, <see cref="DestinationRecordFormatMiddleware"/>,
/// <see cref="DestinationBatchMiddleware"/> and <see cref="DestinationSchemaExtractionMiddleware"/>; write your
/// own by deriving from <see cref="DestinationMiddleware{TConfig}"/>.
/// </summary>
/// <remarks>
/// A middleware object only holds defaults; the SDK reads its parameters from the connector's
/// configuration, together with the connector's own, so every problem is reported at once.
/// </remarks>
public abstract class DestinationMiddleware
{
    private protected DestinationMiddleware()
    {
    }

    /// <summary>
    /// Gets the middleware every destination gets unless its <see cref="Connector"/> says otherwise, in the Go
    /// SDK's order: rate limit, record format, batch, schema extraction (the connector is innermost, so records
    /// are batched, decoded, then written).
    /// </summary>
    public static MiddlewarePipeline<DestinationMiddleware> Default { get; } = new(
    [
        new DestinationRateLimitMiddleware(),
        new DestinationRecordFormatMiddleware(),
        new DestinationBatchMiddleware(),
        new DestinationSchemaExtractionMiddleware(),
    ]);

    /// <summary>Gets the parameters the middleware adds to the destination's specification.</summary>
    public abstract IReadOnlyList<ParameterSpecification> Parameters { get; }

    /// <summary>Reads the middleware's parameters (problems are recorded on the reader) and returns what acts on writes.</summary>
    internal abstract DestinationStage Configure(ConfigurationReader reader, MiddlewareContext context);
}
