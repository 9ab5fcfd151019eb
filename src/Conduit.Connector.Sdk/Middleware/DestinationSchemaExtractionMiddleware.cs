using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Decodes Avro-encoded keys and payloads back into <see cref="StructuredData"/> before the destination sees
/// them, with the schema named in the record's metadata (subject and version, as the source's schema middleware
/// attaches them). Data without a schema is left as it is (with one warning). A record that cannot be decoded
/// fails with <c>record i: …</c>; the records before it in the batch are written.
/// </summary>
public sealed class DestinationSchemaExtractionMiddleware : DestinationMiddleware
{
    /// <summary>The key <c>sdk.schema.extract.payload.enabled</c>.</summary>
    public const string PayloadEnabledKey = "sdk.schema.extract.payload.enabled";

    /// <summary>The key <c>sdk.schema.extract.key.enabled</c>.</summary>
    public const string KeyEnabledKey = "sdk.schema.extract.key.enabled";

    private ParameterSpecification[]? _parameters;

    /// <summary>Gets the default of <c>sdk.schema.extract.payload.enabled</c>. <para>Defaults to <see langword="true"/>.</para></summary>
    public bool PayloadEnabled { get; init; } = true;

    /// <summary>Gets the default of <c>sdk.schema.extract.key.enabled</c>. <para>Defaults to <see langword="true"/>.</para></summary>
    public bool KeyEnabled { get; init; } = true;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => _parameters ??=
    [
        MiddlewareParameters.Bool(PayloadEnabledKey, PayloadEnabled, "Whether to extract and decode the record payload with a schema."),
        MiddlewareParameters.Bool(KeyEnabledKey, KeyEnabled, "Whether to extract and decode the record key with a schema."),
    ];

    internal override DestinationStage Configure(ConfigurationReader reader, MiddlewareContext context)
    {
        var parameters = Parameters;
        var payload = reader.GetBool(parameters[0]) ?? true;
        var key = reader.GetBool(parameters[1]) ?? true;
        return key || payload ? new SchemaDecodingStage(context, key, payload) : DestinationStage.Passive;
    }
}
