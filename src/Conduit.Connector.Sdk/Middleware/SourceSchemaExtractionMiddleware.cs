using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Gives structured keys and payloads a schema: it extracts an Avro schema from the data, registers it with
/// Conduit's schema service under <c>[&lt;opencdc.collection&gt;.]&lt;subject&gt;</c> and writes the subject and
/// version into the record's metadata (<see cref="SourceEncodingMiddleware"/> then encodes the data). Records
/// whose connector attached a schema already keep it.
/// </summary>
public sealed class SourceSchemaExtractionMiddleware : SourceMiddleware
{
    /// <summary>The key <c>sdk.schema.extract.type</c>.</summary>
    public const string TypeKey = "sdk.schema.extract.type";

    /// <summary>The key <c>sdk.schema.extract.payload.enabled</c>.</summary>
    public const string PayloadEnabledKey = "sdk.schema.extract.payload.enabled";

    /// <summary>The key <c>sdk.schema.extract.payload.subject</c>.</summary>
    public const string PayloadSubjectKey = "sdk.schema.extract.payload.subject";

    /// <summary>The key <c>sdk.schema.extract.key.enabled</c>.</summary>
    public const string KeyEnabledKey = "sdk.schema.extract.key.enabled";

    /// <summary>The key <c>sdk.schema.extract.key.subject</c>.</summary>
    public const string KeySubjectKey = "sdk.schema.extract.key.subject";

    private const string SubjectDescription = " If the record metadata contains the field \"opencdc.collection\" it is prepended to the subject name and separated with a dot.";

    private ParameterSpecification[]? _parameters;

    /// <summary>Gets the default of <c>sdk.schema.extract.payload.enabled</c>. <para>Defaults to <see langword="true"/>.</para></summary>
    public bool PayloadEnabled { get; init; } = true;

    /// <summary>Gets the default of <c>sdk.schema.extract.payload.subject</c>. <para>Defaults to <c>payload</c>.</para></summary>
    public string PayloadSubject { get; init; } = "payload";

    /// <summary>Gets the default of <c>sdk.schema.extract.key.enabled</c>. <para>Defaults to <see langword="true"/>.</para></summary>
    public bool KeyEnabled { get; init; } = true;

    /// <summary>Gets the default of <c>sdk.schema.extract.key.subject</c>. <para>Defaults to <c>key</c>.</para></summary>
    public string KeySubject { get; init; } = "key";

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => _parameters ??=
    [
        MiddlewareParameters.String(TypeKey, "avro", "The type of the payload schema.", [new ParameterValidation(ValidationType.Inclusion, "avro")]),
        MiddlewareParameters.Bool(PayloadEnabledKey, PayloadEnabled, "Whether to extract and encode the record payload with a schema."),
        MiddlewareParameters.String(PayloadSubjectKey, PayloadSubject, "The subject of the payload schema." + SubjectDescription),
        MiddlewareParameters.Bool(KeyEnabledKey, KeyEnabled, "Whether to extract and encode the record key with a schema."),
        MiddlewareParameters.String(KeySubjectKey, KeySubject, "The subject of the key schema." + SubjectDescription),
    ];

    internal override SourceStage Configure(ConfigurationReader reader, MiddlewareContext context)
    {
        var parameters = Parameters;
        reader.GetString(parameters[0]);
        var payloadEnabled = reader.GetBool(parameters[1]) ?? true;
        var payloadSubject = reader.GetString(parameters[2]) ?? PayloadSubject;
        var keyEnabled = reader.GetBool(parameters[3]) ?? true;
        var keySubject = reader.GetString(parameters[4]) ?? KeySubject;
        return keyEnabled || payloadEnabled
            ? new SourceSchemaExtractionStage(context, keyEnabled ? keySubject : null, payloadEnabled ? payloadSubject : null)
            : SourceStage.Passive;
    }
}
