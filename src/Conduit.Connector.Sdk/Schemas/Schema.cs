using System.Text;
using Conduit.Connector.Sdk.Schemas.Avro;

namespace Conduit.Connector.Sdk;

/// <summary>
/// One version of a schema registered with Conduit's schema service: the subject it is filed under, its
/// version within the subject, its registry-wide id, its type and its text.
/// </summary>
/// <remarks>
/// Get instances from <see cref="ISchemaService.CreateAsync"/> or <see cref="ISchemaService.GetAsync"/>, and
/// attach them to records with <see cref="SchemaRecordExtensions.AttachPayloadSchema"/> or
/// <see cref="SchemaRecordExtensions.AttachKeySchema"/>. A schema is immutable.
/// </remarks>
public sealed class Schema
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private AvroSerde? _serde;

    /// <summary>Initializes a schema (a schema service implementation creates these).</summary>
    /// <param name="subject">The subject, such as <c>pipeline1:source1:users.payload</c>.</param>
    /// <param name="version">The version within the subject, starting at 1.</param>
    /// <param name="id">The registry-wide id.</param>
    /// <param name="type">The type.</param>
    /// <param name="bytes">The schema text as UTF-8 (the memory is not copied: do not change it afterwards).</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public Schema(string subject, int version, int id, SchemaType type, ReadOnlyMemory<byte> bytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Subject = subject;
        Version = version;
        Id = id;
        Type = type;
        _bytes = bytes;
    }

    /// <summary>Gets the subject the schema is filed under.</summary>
    public string Subject { get; }

    /// <summary>Gets the version within <see cref="Subject"/>, starting at 1.</summary>
    public int Version { get; }

    /// <summary>Gets the registry-wide id of the schema.</summary>
    public int Id { get; }

    /// <summary>Gets the type of the schema.</summary>
    public SchemaType Type { get; }

    /// <summary>Gets the schema text as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>Gets the schema text.</summary>
    public string Text => Encoding.UTF8.GetString(_bytes.Span);

    /// <summary>Returns the subject, version, id and type, for logs and messages.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subject} v{Version} (id {Id}, {Type})";

    /// <summary>Gets the parsed Avro form of the schema, parsed once per instance.</summary>
    /// <returns>The serde.</returns>
    /// <exception cref="InvalidSchemaException">The schema is not Avro, or its text is not a valid Avro schema.</exception>
    internal AvroSerde GetAvroSerde()
    {
        if (_serde is { } serde)
        {
            return serde;
        }

        if (Type != SchemaType.Avro)
        {
            throw new InvalidSchemaException($"schema {this}: unsupported schema type {Type}", Subject);
        }

        serde = AvroSerde.Parse(_bytes.Span, Subject);
        Interlocked.CompareExchange(ref _serde, serde, null);
        return _serde;
    }
}
