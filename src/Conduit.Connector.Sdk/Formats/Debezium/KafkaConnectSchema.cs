using Conduit.Connector.Sdk.Records;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Formats.Debezium;

/// <summary>
/// A Kafka Connect JSON schema node, derived from values the way Go's <c>kafkaconnect.Reflect</c>
/// derives it, and written with the field order and omissions of Go's <c>kafkaconnect.Schema</c>.
/// </summary>
internal sealed class KafkaConnectSchema
{
    public required string Type { get; init; }

    public bool Optional { get; set; }

    public string? Name { get; set; }

    public KafkaConnectSchema? Items { get; init; }

    public List<KafkaConnectSchema>? Fields { get; init; }

    public string? Field { get; set; }

    public static KafkaConnectSchema Of(string type, string? field = null, bool optional = false) =>
        new() { Type = type, Field = field, Optional = optional };

    /// <summary>
    /// Derives the schema of a structured value, or returns <see langword="null"/> for <see langword="null"/>.
    /// Maps become optional structs whose fields are sorted by name (Go's order is random).
    /// </summary>
    /// <exception cref="StructuredValueException">A value of a type structured data cannot hold, or nesting that is too deep.</exception>
    public static KafkaConnectSchema? Reflect(object? value, int depth = 0)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        var kind = StructuredValue.Classify(value);
        switch (kind)
        {
            case StructuredValueKind.Null:
                return null;
            case StructuredValueKind.Bool:
                return Of("boolean");
            case StructuredValueKind.String:
                return Of("string");
            case StructuredValueKind.SignedInteger:
                return Of(value switch
                {
                    long => "int64",
                    int => "int32",
                    short => "int16",
                    _ => "int8",
                });
            case StructuredValueKind.UnsignedInteger:
                return Of(value switch
                {
                    ulong or uint => "int64",
                    ushort => "int32",
                    _ => "int16",
                });
            case StructuredValueKind.Single:
                return Of("float");
            case StructuredValueKind.Double or StructuredValueKind.Decimal:
                return Of("double");
            case StructuredValueKind.Bytes:
                return Of("bytes", optional: true);
            case StructuredValueKind.Map:
                return ReflectMap(value!, depth);
            case StructuredValueKind.List:
                object? first = null;
                foreach (var item in (System.Collections.IEnumerable)value!)
                {
                    first = item;
                    break;
                }

                KafkaConnectSchema? items;
                try
                {
                    items = Reflect(first, depth + 1);
                }
                catch (StructuredValueException e)
                {
                    throw e.AtIndex(0);
                }

                return new KafkaConnectSchema
                {
                    Type = "array",
                    Optional = true,
                    Items = items ?? Of("string", optional: true),
                };
            default:
                throw StructuredValue.Unsupported(value!);
        }
    }

    /// <summary>Derives the struct schema of a map (also used for metadata).</summary>
    public static KafkaConnectSchema ReflectMap(object map, int depth)
    {
        var count = StructuredValue.CountEntries(map);
        var entries = new KeyValuePair<string, object?>[count];
        count = StructuredValue.CopyEntries(map, entries);
        Array.Sort(entries, 0, count, EntryOrder.Instance);
        var fields = new List<KafkaConnectSchema>(count);
        for (var i = 0; i < count; i++)
        {
            KafkaConnectSchema field;
            try
            {
                field = Reflect(entries[i].Value, depth + 1) ?? Of("string", optional: true);
            }
            catch (StructuredValueException e)
            {
                throw e.AtKey(entries[i].Key);
            }

            field.Field = entries[i].Key;
            fields.Add(field);
        }

        return new KafkaConnectSchema { Type = "struct", Optional = true, Fields = fields };
    }

    public void Write(GoJsonWriter writer)
    {
        writer.StartObject();
        writer.PropertyNameRaw("\"type\":"u8);
        writer.String(Type);
        writer.PropertyNameRaw("\"optional\":"u8);
        writer.Bool(Optional);
        if (!string.IsNullOrEmpty(Name))
        {
            writer.PropertyNameRaw("\"name\":"u8);
            writer.String(Name);
        }

        if (Items is not null)
        {
            writer.PropertyNameRaw("\"items\":"u8);
            Items.Write(writer);
        }

        if (Fields is { Count: > 0 })
        {
            writer.PropertyNameRaw("\"fields\":"u8);
            writer.StartArray();
            foreach (var field in Fields)
            {
                field.Write(writer);
            }

            writer.EndArray();
        }

        if (!string.IsNullOrEmpty(Field))
        {
            writer.PropertyNameRaw("\"field\":"u8);
            writer.String(Field);
        }

        writer.EndObject();
    }

    private sealed class EntryOrder : IComparer<KeyValuePair<string, object?>>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) =>
            Utf8KeyOrder.Instance.Compare(x.Key, y.Key);
    }
}
