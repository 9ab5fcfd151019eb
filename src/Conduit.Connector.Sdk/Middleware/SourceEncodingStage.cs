namespace Conduit.Connector.Sdk.Middleware;

/// <summary>The work of <see cref="SourceEncodingMiddleware"/>: structured data with an attached schema becomes Avro bytes.</summary>
internal sealed class SourceEncodingStage(MiddlewareContext context) : SourceStage
{
    private bool _keyNoted;
    private bool _payloadNoted;

    public override ValueTask ProcessAsync(Record record, CancellationToken cancellationToken)
    {
        var key = record.Key as StructuredData;
        var before = record.Payload.Before as StructuredData;
        var after = record.Payload.After as StructuredData;
        if (key is null && record.Key is not null && !_keyNoted)
        {
            _keyNoted = true;
            MiddlewareLog.NotEncoded(context.Logger, "key");
        }

        if (before is null && after is null && (record.Payload.Before ?? record.Payload.After) is not null && !_payloadNoted)
        {
            _payloadNoted = true;
            MiddlewareLog.NotEncoded(context.Logger, "payload");
        }

        return key is null && before is null && after is null
            ? ValueTask.CompletedTask
            : EncodeAsync(record, key, before, after, cancellationToken);
    }

    private async ValueTask EncodeAsync(Record record, StructuredData? key, StructuredData? before, StructuredData? after, CancellationToken cancellationToken)
    {
        if (key is not null && await SchemaMetadata.AttachedAsync(context.SchemaService, record, key: true, cancellationToken).ConfigureAwait(false) is { } keySchema)
        {
            record.Key = new RawData(Encode(record, keySchema, key, "key"));
        }

        if ((before ?? after) is not null && await SchemaMetadata.AttachedAsync(context.SchemaService, record, key: false, cancellationToken).ConfigureAwait(false) is { } payloadSchema)
        {
            if (before is not null)
            {
                record.Payload.Before = new RawData(Encode(record, payloadSchema, before, "payload.before"));
            }

            if (after is not null)
            {
                record.Payload.After = new RawData(Encode(record, payloadSchema, after, "payload.after"));
            }
        }
    }

    private static byte[] Encode(Record record, Schema schema, StructuredData data, string part)
    {
        try
        {
            return schema.GetAvroSerde().Encode(data);
        }
        catch (SchemaException e)
        {
            throw new SchemaException($"cannot encode the {part} of the record at position \"{record.Position}\" with schema {schema}: {e.Message}", e);
        }
    }
}
