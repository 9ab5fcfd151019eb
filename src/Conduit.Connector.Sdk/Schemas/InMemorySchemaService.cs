using System.Text;
using Conduit.Connector.Sdk.Schemas.Avro;

namespace Conduit.Connector.Sdk;

/// <summary>
/// A schema service that keeps schemas in memory, for tests: versions count from 1 per subject, ids from 1
/// across the service, and registering the same text again under a subject returns the existing version
/// (as Conduit's registry does). Only Avro schemas are accepted, and they must parse. Thread-safe.
/// </summary>
public sealed class InMemorySchemaService : ISchemaService
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Schema>> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <exception cref="InvalidSchemaException">The type is not Avro, or the text is not a valid Avro schema.</exception>
    public Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        cancellationToken.ThrowIfCancellationRequested();
        if (type != SchemaType.Avro)
        {
            throw new InvalidSchemaException($"{InvalidSchemaException.ServiceMessage}: unsupported schema type {type}", subject);
        }

        _ = AvroSerde.Parse(bytes.Span, subject);
        var text = Encoding.UTF8.GetString(bytes.Span);
        lock (_lock)
        {
            if (!_subjects.TryGetValue(subject, out var versions))
            {
                versions = [];
                _subjects.Add(subject, versions);
            }

            foreach (var existing in versions)
            {
                if (existing.Bytes.Span.SequenceEqual(bytes.Span))
                {
                    return Task.FromResult(existing);
                }
            }

            if (!_ids.TryGetValue(text, out var id))
            {
                id = _ids.Count + 1;
                _ids.Add(text, id);
            }

            var schema = new Schema(subject, versions.Count + 1, id, type, bytes.ToArray());
            versions.Add(schema);
            return Task.FromResult(schema);
        }
    }

    /// <inheritdoc />
    public Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_subjects.TryGetValue(subject, out var versions))
            {
                throw new SchemaSubjectNotFoundException(subject, version);
            }

            return version >= 1 && version <= versions.Count
                ? Task.FromResult(versions[version - 1])
                : throw new SchemaVersionNotFoundException(subject, version);
        }
    }
}
