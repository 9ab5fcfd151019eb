namespace Conduit.Connector.Sdk.Schemas;

/// <summary>The schema service of a connector that was not told where Conduit's connector utilities are: every call fails, saying why.</summary>
internal sealed class UnavailableSchemaService : ISchemaService
{
    public const string Message =
        "the schema service is unavailable: CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET is not set (Conduit v0.11 and later sets it " +
        "for the connectors it runs; in tests, use InMemorySchemaService, or set sdk.schema.extract.*.enabled to false)";

    public Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        Task.FromException<Schema>(new SchemaException(Message));

    public Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default) =>
        Task.FromException<Schema>(new SchemaException(Message));
}
