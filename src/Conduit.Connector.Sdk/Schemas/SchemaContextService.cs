namespace Conduit.Connector.Sdk.Schemas;

/// <summary>
/// Files the schemas a connector creates under its schema context: <see cref="CreateAsync"/> prefixes the
/// subject with <c>&lt;context&gt;:</c> (as the Go SDK's <c>schema.Create</c> does); <see cref="GetAsync"/>
/// takes full subjects and adds nothing. The middleware decides the context name (the connector ID by default,
/// none when <c>sdk.schema.context.enabled</c> is false).
/// </summary>
internal sealed class SchemaContextService : ISchemaService
{
    private readonly ISchemaService _inner;
    private readonly string _prefix;

    /// <summary>Initializes the service.</summary>
    /// <param name="inner">The service to call.</param>
    /// <param name="contextName">The context name; <see langword="null"/> or empty leaves subjects as they are.</param>
    public SchemaContextService(ISchemaService inner, string? contextName)
    {
        _inner = inner;
        _prefix = string.IsNullOrEmpty(contextName) ? string.Empty : contextName + ":";
    }

    /// <summary>Returns the subject a connector's subject is registered under.</summary>
    /// <param name="subject">The connector's subject.</param>
    /// <returns>The subject with the context prefix.</returns>
    public string Qualify(string subject) => _prefix + subject;

    public Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return _inner.CreateAsync(type, Qualify(subject), bytes, cancellationToken);
    }

    public Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default) =>
        _inner.GetAsync(subject, version, cancellationToken);
}
