using Conduit.Connector.Sdk.Middleware;
using Conduit.Connector.Sdk.Schemas;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Files the schemas the source registers under a schema context: subjects become <c>&lt;context&gt;:&lt;subject&gt;</c>,
/// where the context is <c>sdk.schema.context.name</c>, or the connector ID when that is empty. It applies to
/// <see cref="SourceSchemaExtractionMiddleware"/> and to <see cref="Source.SchemaService"/>.
/// </summary>
public sealed class SourceSchemaContextMiddleware : SourceMiddleware
{
    /// <summary>The key <c>sdk.schema.context.enabled</c>.</summary>
    public const string EnabledKey = "sdk.schema.context.enabled";

    /// <summary>The key <c>sdk.schema.context.name</c>.</summary>
    public const string NameKey = "sdk.schema.context.name";

    private ParameterSpecification[]? _parameters;

    /// <summary>Gets the default of <c>sdk.schema.context.enabled</c>. <para>Defaults to <see langword="true"/>.</para></summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Gets the default of <c>sdk.schema.context.name</c>. <para>Defaults to an empty string (the connector ID).</para></summary>
    public string Name { get; init; } = string.Empty;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => _parameters ??=
    [
        MiddlewareParameters.Bool(EnabledKey, Enabled, "Specifies whether to use a schema context name. If set to false, no schema context name will be used, and schemas will be saved with the subject name specified in the connector (not safe because of name conflicts)."),
        MiddlewareParameters.String(NameKey, Name, "Schema context name to be used. Used as a prefix for all schema subject names. If empty, defaults to the connector ID."),
    ];

    internal override SourceStage Configure(ConfigurationReader reader, MiddlewareContext context)
    {
        var parameters = Parameters;
        var enabled = reader.GetBool(parameters[0]) ?? true;
        var name = reader.GetString(parameters[1]);
        var contextName = enabled ? (string.IsNullOrEmpty(name) ? context.Environment.ConnectorId : name) : null;
        context.SchemaService = new SchemaContextService(context.RootSchemaService, contextName);
        return SourceStage.Passive;
    }
}
