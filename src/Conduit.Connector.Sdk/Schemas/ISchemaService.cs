namespace Conduit.Connector.Sdk;

/// <summary>
/// Registers and looks up schemas in Conduit's schema service. The SDK gives a connector an instance that
/// talks to Conduit; tests can use <see cref="InMemorySchemaService"/>.
/// </summary>
/// <remarks>
/// A source that knows the shape of its data (for example from table metadata) can register its own Avro
/// schema with <see cref="CreateAsync"/>, attach it to its records with
/// <see cref="SchemaRecordExtensions.AttachPayloadSchema"/> and return <see cref="StructuredData"/>: the SDK
/// then encodes the data with that schema instead of extracting one.
/// </remarks>
public interface ISchemaService
{
    /// <summary>
    /// Registers a schema under a subject and returns it with its version. Registering the same text again
    /// under the same subject returns the existing version.
    /// </summary>
    /// <param name="type">The schema type (<see cref="SchemaType.Avro"/>).</param>
    /// <param name="subject">
    /// The subject. The service the SDK hands to a connector prefixes it with the schema context name
    /// (<c>&lt;context&gt;:&lt;subject&gt;</c>, the connector ID unless <c>sdk.schema.context.*</c> says
    /// otherwise), so use <see cref="Schema.Subject"/> of the result, not this value, to look it up again.
    /// </param>
    /// <param name="bytes">The schema text as UTF-8.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registered schema.</returns>
    /// <exception cref="InvalidSchemaException">The service rejects the schema.</exception>
    /// <exception cref="SchemaException">The service failed or cannot be reached.</exception>
    Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default);

    /// <summary>Looks up one version of a subject.</summary>
    /// <param name="subject">The full subject, as in <see cref="Schema.Subject"/> (no prefix is added).</param>
    /// <param name="version">The version, starting at 1.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="SchemaSubjectNotFoundException">The subject does not exist.</exception>
    /// <exception cref="SchemaVersionNotFoundException">The subject has no such version.</exception>
    /// <exception cref="SchemaException">The service failed or cannot be reached.</exception>
    Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default);
}
