namespace Conduit.Connector.Sdk;

/// <summary>Attaches schemas to records.</summary>
public static class SchemaRecordExtensions
{
    /// <summary>
    /// Says that the record's key follows a schema, by writing its subject and version into the metadata
    /// (<see cref="MetadataKeys.KeySchemaSubject"/> and <see cref="MetadataKeys.KeySchemaVersion"/>). A
    /// structured key is then encoded with this schema instead of one extracted from the data.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="schema">The schema, as returned by <see cref="ISchemaService"/>.</param>
    public static void AttachKeySchema(this Record record, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(schema);
        record.Metadata.SetKeySchemaSubject(schema.Subject);
        record.Metadata.SetKeySchemaVersion(schema.Version);
    }

    /// <summary>
    /// Says that the record's payload (before and after) follows a schema, by writing its subject and version
    /// into the metadata (<see cref="MetadataKeys.PayloadSchemaSubject"/> and
    /// <see cref="MetadataKeys.PayloadSchemaVersion"/>). Structured payload data is then encoded with this
    /// schema instead of one extracted from the data.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="schema">The schema, as returned by <see cref="ISchemaService"/>.</param>
    public static void AttachPayloadSchema(this Record record, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(schema);
        record.Metadata.SetPayloadSchemaSubject(schema.Subject);
        record.Metadata.SetPayloadSchemaVersion(schema.Version);
    }
}
