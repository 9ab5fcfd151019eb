using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk;

/// <summary>One OpenCDC change record: what a source produces and a destination writes.</summary>
/// <remarks>
/// <para>Records are mutable, like Go's: middleware and processors rewrite them in place. Once a
/// source has yielded a record, or while a destination is writing it, it belongs to the SDK; use
/// <see cref="Clone"/> to keep a copy. A record is not thread-safe.</para>
/// <para>Equality is by value over every part (position, operation, metadata, key and payload), so
/// tests can compare records with <c>Assert.Equal</c>. <see cref="ToString"/> returns the record's
/// OpenCDC JSON (see <see cref="OpenCdcJson"/>).</para>
/// </remarks>
public sealed class Record : IEquatable<Record>
{
    private Change _payload = new();

    /// <summary>Initializes an empty <see cref="Sdk.Operation.Create"/> record.</summary>
    public Record()
    {
    }

    /// <summary>Gets or sets the position: a unique resume token chosen by the source.</summary>
    public Position Position { get; set; }

    /// <summary>Gets or sets the operation. Defaults to <see cref="Sdk.Operation.Create"/>.</summary>
    public Operation Operation { get; set; } = Operation.Create;

    /// <summary>Gets the metadata (never <see langword="null"/>).</summary>
    public Metadata Metadata { get; } = new();

    /// <summary>Gets or sets the key: what identifies the entity (for example the primary key of a row).</summary>
    public Data? Key { get; set; }

    /// <summary>Gets or sets the payload: the entity before and after the change.</summary>
    /// <exception cref="ArgumentNullException">Setting <see langword="null"/>.</exception>
    public Change Payload
    {
        get => _payload;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _payload = value;
        }
    }

    /// <summary>Creates a <see cref="Sdk.Operation.Create"/> record and stamps <see cref="MetadataKeys.ReadAt"/> with the current time.</summary>
    /// <param name="position">The position.</param>
    /// <param name="key">The key.</param>
    /// <param name="after">The created entity.</param>
    /// <param name="metadata">Metadata to copy into the record, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    public static Record NewCreate(Position position, Data? key, Data? after, IEnumerable<KeyValuePair<string, string>>? metadata = null) =>
        New(Operation.Create, position, key, before: null, after, metadata);

    /// <summary>Creates a <see cref="Sdk.Operation.Snapshot"/> record and stamps <see cref="MetadataKeys.ReadAt"/> with the current time.</summary>
    /// <param name="position">The position.</param>
    /// <param name="key">The key.</param>
    /// <param name="after">The entity as read by the snapshot.</param>
    /// <param name="metadata">Metadata to copy into the record, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    public static Record NewSnapshot(Position position, Data? key, Data? after, IEnumerable<KeyValuePair<string, string>>? metadata = null) =>
        New(Operation.Snapshot, position, key, before: null, after, metadata);

    /// <summary>Creates an <see cref="Sdk.Operation.Update"/> record and stamps <see cref="MetadataKeys.ReadAt"/> with the current time.</summary>
    /// <param name="position">The position.</param>
    /// <param name="key">The key.</param>
    /// <param name="before">The entity before the update, when the source knows it.</param>
    /// <param name="after">The entity after the update.</param>
    /// <param name="metadata">Metadata to copy into the record, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    public static Record NewUpdate(
        Position position, Data? key, Data? before, Data? after, IEnumerable<KeyValuePair<string, string>>? metadata = null) =>
        New(Operation.Update, position, key, before, after, metadata);

    /// <summary>Creates a <see cref="Sdk.Operation.Delete"/> record and stamps <see cref="MetadataKeys.ReadAt"/> with the current time.</summary>
    /// <param name="position">The position.</param>
    /// <param name="key">The key.</param>
    /// <param name="before">The deleted entity, when the source knows it.</param>
    /// <param name="metadata">Metadata to copy into the record, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    public static Record NewDelete(Position position, Data? key, Data? before, IEnumerable<KeyValuePair<string, string>>? metadata = null) =>
        New(Operation.Delete, position, key, before, after: null, metadata);

    /// <summary>
    /// Returns a deep copy. Metadata, payload and structured data are copied; immutable parts (the
    /// position's bytes, <see cref="RawData"/>, strings, numbers) are shared, so cloning is cheap.
    /// </summary>
    /// <returns>The copy.</returns>
    /// <exception cref="NotSupportedException">Structured data nests deeper than 64 levels (for example a cycle).</exception>
    public Record Clone()
    {
        var copy = new Record
        {
            Position = Position,
            Operation = Operation,
            Key = Key?.Clone(),
            _payload = _payload.Clone(),
        };
        foreach (var (key, value) in Metadata)
        {
            copy.Metadata.Add(key, value);
        }

        return copy;
    }

    /// <inheritdoc />
    public bool Equals(Record? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Position == other.Position
                && Operation == other.Operation
                && Metadata.Equals(other.Metadata)
                && Equals(Key, other.Key)
                && _payload.Equals(other._payload)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Record other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Position, Operation, Metadata, Key, _payload);

    /// <summary>Returns the record as OpenCDC JSON; values that JSON cannot hold are shown as strings.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => OpenCdcJsonWriter.ToDebugString(this);

    private static Record New(
        Operation operation, Position position, Data? key, Data? before, Data? after, IEnumerable<KeyValuePair<string, string>>? metadata)
    {
        var record = new Record
        {
            Position = position,
            Operation = operation,
            Key = key,
            _payload = new Change(before, after),
        };
        if (metadata is not null)
        {
            foreach (var (name, value) in metadata)
            {
                record.Metadata[name] = value;
            }
        }

        record.Metadata.SetReadAt(DateTimeOffset.UtcNow);
        return record;
    }
}
