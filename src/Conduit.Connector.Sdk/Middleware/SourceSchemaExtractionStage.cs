using Conduit.Connector.Sdk.Schemas.Avro;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>The work of <see cref="SourceSchemaExtractionMiddleware"/>: extract, register and attach schemas of structured data.</summary>
/// <param name="context">The middleware context (its schema service carries the schema context).</param>
/// <param name="keySubject">The key's subject, or <see langword="null"/> when key extraction is off.</param>
/// <param name="payloadSubject">The payload's subject, or <see langword="null"/> when payload extraction is off.</param>
internal sealed class SourceSchemaExtractionStage(MiddlewareContext context, string? keySubject, string? payloadSubject) : SourceStage
{
    private bool _keyWarned;
    private bool _payloadWarned;

    public override ValueTask ProcessAsync(Record record, CancellationToken cancellationToken)
    {
        StructuredData? key = null;
        if (keySubject is not null && record.Key is { } rawKey)
        {
            key = rawKey as StructuredData;
            if (key is null)
            {
                WarnOnce(ref _keyWarned, "key", SourceSchemaExtractionMiddleware.KeyEnabledKey);
            }
            else if (SchemaMetadata.HasAny(record, key: true))
            {
                key = null; // the connector attached its own schema; encoding uses it
            }
        }

        StructuredData? payload = null;
        if (payloadSubject is not null && (record.Payload.After ?? record.Payload.Before) is not null)
        {
            payload = record.Payload.After as StructuredData ?? record.Payload.Before as StructuredData;
            if (payload is null)
            {
                WarnOnce(ref _payloadWarned, "payload", SourceSchemaExtractionMiddleware.PayloadEnabledKey);
            }
            else if (SchemaMetadata.HasAny(record, key: false))
            {
                payload = null;
            }
        }

        return key is null && payload is null ? ValueTask.CompletedTask : ExtractAsync(record, key, payload, cancellationToken);
    }

    private async ValueTask ExtractAsync(Record record, StructuredData? key, StructuredData? payload, CancellationToken cancellationToken)
    {
        if (key is not null)
        {
            record.AttachKeySchema(await RegisterAsync(record, key, keySubject!, "key", cancellationToken).ConfigureAwait(false));
        }

        if (payload is not null)
        {
            record.AttachPayloadSchema(await RegisterAsync(record, payload, payloadSubject!, "payload", cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task<Schema> RegisterAsync(Record record, StructuredData data, string subject, string part, CancellationToken cancellationToken)
    {
        if (record.Metadata.GetCollection() is { Length: > 0 } collection)
        {
            subject = collection + "." + subject;
        }

        try
        {
            var serde = AvroSerde.ForData(data);
            return await context.SchemaService.CreateAsync(SchemaType.Avro, subject, serde.GetTextBytes(), cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaException e)
        {
            throw new SchemaException($"cannot extract the {part} schema of the record at position \"{record.Position}\" (subject {subject}): {e.Message}", e);
        }
    }

    private void WarnOnce(ref bool warned, string part, string key)
    {
        if (!warned)
        {
            warned = true;
            MiddlewareLog.DataNotStructured(context.Logger, part, key);
        }
    }
}
