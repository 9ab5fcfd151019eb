using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Encodes a structured key or payload with the schema named in the record's metadata (subject and version,
/// attached by <see cref="SourceSchemaExtractionMiddleware"/> or by the connector) into Avro bytes, so that
/// Conduit and destinations can decode it with the schema. Structured data without a schema travels as is.
/// It has no parameters; drop it from the pipeline to turn it off (the Go SDK cannot).
/// </summary>
public sealed class SourceEncodingMiddleware : SourceMiddleware
{
    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => [];

    internal override SourceStage Configure(ConfigurationReader reader, MiddlewareContext context) => new SourceEncodingStage(context);
}
