namespace Conduit.Connector.Sdk.Middleware;

/// <summary>The work of <see cref="DestinationSchemaExtractionMiddleware"/>: Avro bytes with an attached schema become structured data.</summary>
internal sealed class SchemaDecodingStage(MiddlewareContext context, bool key, bool payload) : DestinationStage
{
    private bool _keyWarned;
    private bool _payloadWarned;

    public override ValueTask WriteAsync(IReadOnlyList<Record> records, DestinationWrite next, CancellationToken cancellationToken) =>
        RecordByRecord.WriteAsync(records, DecodeAsync, next, cancellationToken);

    private ValueTask DecodeAsync(Record record, CancellationToken cancellationToken)
    {
        var decodeKey = key && record.Key is not null && Attached(record, isKey: true, ref _keyWarned);
        var decodePayload = payload && (record.Payload.Before ?? record.Payload.After) is not null && Attached(record, isKey: false, ref _payloadWarned);
        return decodeKey || decodePayload ? DecodeSlowAsync(record, decodeKey, decodePayload, cancellationToken) : ValueTask.CompletedTask;
    }

    private async ValueTask DecodeSlowAsync(Record record, bool decodeKey, bool decodePayload, CancellationToken cancellationToken)
    {
        if (decodeKey)
        {
            var (subject, version) = SchemaMetadata.Key(record);
            var schema = await GetAsync(subject!, version!.Value, "key", cancellationToken).ConfigureAwait(false);
            record.Key = Decode(schema, record.Key, "key");
        }

        if (decodePayload)
        {
            var (subject, version) = SchemaMetadata.Payload(record);
            var schema = await GetAsync(subject!, version!.Value, "payload", cancellationToken).ConfigureAwait(false);
            record.Payload.Before = Decode(schema, record.Payload.Before, "payload.before");
            record.Payload.After = Decode(schema, record.Payload.After, "payload.after");
        }
    }

    /// <summary>Whether the record names a schema for the part; warns once when it does not (as the Go SDK).</summary>
    private bool Attached(Record record, bool isKey, ref bool warned)
    {
        var (subject, version) = isKey ? SchemaMetadata.Key(record) : SchemaMetadata.Payload(record);
        if (!string.IsNullOrEmpty(subject) && version is not null)
        {
            return true;
        }

        if (!warned)
        {
            warned = true;
            MiddlewareLog.NoAttachedSchema(
                context.Logger,
                isKey ? "key" : "payload",
                isKey ? DestinationSchemaExtractionMiddleware.KeyEnabledKey : DestinationSchemaExtractionMiddleware.PayloadEnabledKey);
        }

        return false;
    }

    private async Task<Schema> GetAsync(string subject, int version, string part, CancellationToken cancellationToken)
    {
        try
        {
            return await context.SchemaService.GetAsync(subject, version, cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaException e)
        {
            throw new SchemaException($"cannot get the {part} schema {subject} v{version}: {e.Message}", e);
        }
    }

    private static Data? Decode(Schema schema, Data? data, string part)
    {
        switch (data)
        {
            case null or StructuredData:
                return data;
            case RawData raw:
                try
                {
                    return schema.GetAvroSerde().Decode(raw.Bytes.Span);
                }
                catch (SchemaException e)
                {
                    throw new SchemaException($"cannot decode the {part} with schema {schema}: {e.Message}", e);
                }

            default:
                throw new SchemaException($"cannot decode the {part}: unexpected data type {data.GetType().Name}");
        }
    }
}
