namespace Conduit.Connector.Sdk.Middleware;

/// <summary>Reads the schema subject and version a record carries for its key or its payload.</summary>
internal static class SchemaMetadata
{
    public static (string? Subject, int? Version) Key(Record record) =>
        (record.Metadata.GetKeySchemaSubject(), record.Metadata.GetKeySchemaVersion());

    public static (string? Subject, int? Version) Payload(Record record) =>
        (record.Metadata.GetPayloadSchemaSubject(), record.Metadata.GetPayloadSchemaVersion());

    public static bool HasAny(Record record, bool key) => key
        ? record.Metadata.ContainsKey(MetadataKeys.KeySchemaSubject) || record.Metadata.ContainsKey(MetadataKeys.KeySchemaVersion)
        : record.Metadata.ContainsKey(MetadataKeys.PayloadSchemaSubject) || record.Metadata.ContainsKey(MetadataKeys.PayloadSchemaVersion);

    /// <summary>
    /// The schema a source attached (subject and version both set and valid), or <see langword="null"/> when it
    /// attached none; one without the other is the connector's bug, as in the Go SDK.
    /// </summary>
    public static ValueTask<Schema?> AttachedAsync(ISchemaService service, Record record, bool key, CancellationToken cancellationToken)
    {
        var part = key ? "key" : "payload";
        var (subject, version) = key ? Key(record) : Payload(record);
        var subjectKey = key ? MetadataKeys.KeySchemaSubject : MetadataKeys.PayloadSchemaSubject;
        var versionKey = key ? MetadataKeys.KeySchemaVersion : MetadataKeys.PayloadSchemaVersion;
        if (string.IsNullOrEmpty(subject) && version is null)
        {
            return ValueTask.FromResult<Schema?>(null);
        }

        if (string.IsNullOrEmpty(subject) || version is not > 0)
        {
            throw new SchemaException(
                $"found metadata fields {subjectKey}=\"{subject}\" and {versionKey}=\"{version}\", expected the {part} schema subject and version to be both set to valid values, this is a bug in the connector");
        }

        return GetAsync(service, subject, version.Value, cancellationToken);
    }

    private static async ValueTask<Schema?> GetAsync(ISchemaService service, string subject, int version, CancellationToken cancellationToken) =>
        await service.GetAsync(subject, version, cancellationToken).ConfigureAwait(false);
}
