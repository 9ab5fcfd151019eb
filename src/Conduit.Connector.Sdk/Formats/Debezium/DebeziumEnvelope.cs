using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Formats.Debezium;

/// <summary>
/// A Debezium change event in a Kafka Connect envelope: <c>{"schema":…,"payload":{"before","after",
/// "source","op","ts_ms","transaction"}}</c>, written with the field order of Go's structs.
/// </summary>
internal sealed record DebeziumEnvelope(
    StructuredData? Before,
    StructuredData? After,
    Metadata Source,
    string Op,
    long TimestampMillis,
    string? SchemaName)
{
    /// <summary>Builds the envelope schema: before and after borrow each other's schema when one is missing.</summary>
    public KafkaConnectSchema BuildSchema()
    {
        var beforeSchema = Before is null ? ReflectData(After, "after", "before") : ReflectData(Before, "before", "before");
        var afterSchema = After is null ? ReflectData(Before, "before", "after") : ReflectData(After, "after", "after");
        var sourceSchema = new KafkaConnectSchema
        {
            Type = "struct",
            Optional = true,
            Field = "source",
            Fields = [.. Source.Keys.Order(Utf8KeyOrder.Instance).Select(key => KafkaConnectSchema.Of("string", key))],
        };
        return new KafkaConnectSchema
        {
            Type = "struct",
            Name = SchemaName,
            Fields =
            [
                beforeSchema,
                afterSchema,
                sourceSchema,
                KafkaConnectSchema.Of("string", "op"),
                KafkaConnectSchema.Of("int64", "ts_ms", optional: true),
                new KafkaConnectSchema
                {
                    Type = "struct",
                    Optional = true,
                    Field = "transaction",
                    Fields =
                    [
                        KafkaConnectSchema.Of("string", "id"),
                        KafkaConnectSchema.Of("int64", "total_order"),
                        KafkaConnectSchema.Of("int64", "data_collection_order"),
                    ],
                },
            ],
        };
    }

    public void Write(GoJsonWriter writer)
    {
        var schema = BuildSchema();
        writer.StartObject();
        writer.PropertyNameRaw("\"schema\":"u8);
        schema.Write(writer);
        writer.PropertyNameRaw("\"payload\":"u8);
        writer.StartObject();
        writer.PropertyNameRaw("\"before\":"u8);
        OpenCdcJsonWriter.WriteData(writer, Before, "payload.before", rawDataAsString: false, lenient: false);
        writer.PropertyNameRaw("\"after\":"u8);
        OpenCdcJsonWriter.WriteData(writer, After, "payload.after", rawDataAsString: false, lenient: false);
        writer.PropertyNameRaw("\"source\":"u8);
        OpenCdcJsonWriter.WriteMetadata(writer, Source, nullWhenEmpty: true);
        writer.PropertyNameRaw("\"op\":"u8);
        writer.String(Op);
        if (TimestampMillis != 0)
        {
            writer.PropertyNameRaw("\"ts_ms\":"u8);
            writer.Int64(TimestampMillis);
        }

        writer.PropertyNameRaw("\"transaction\":"u8);
        writer.Null();
        writer.EndObject();
        writer.EndObject();
    }

    private static KafkaConnectSchema ReflectData(StructuredData? data, string side, string field)
    {
        KafkaConnectSchema schema;
        try
        {
            schema = data is null
                ? KafkaConnectSchema.Of("struct")
                : KafkaConnectSchema.ReflectMap(data, depth: 0);
        }
        catch (Records.StructuredValueException e)
        {
            throw e.AtKey("payload." + side);
        }

        schema.Field = field;
        schema.Optional = true;
        return schema;
    }
}
