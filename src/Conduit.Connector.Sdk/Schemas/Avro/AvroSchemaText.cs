using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// Writes the canonical text of a schema, in the form Go's hamba/avro <c>Schema.String()</c> produces (the
/// text the Go SDK registers for extracted schemas), so both SDKs register the same text for the same data:
/// no whitespace; a named type as <c>{"name":…,"type":…,…}</c> with its full name; <c>doc</c>, <c>aliases</c>,
/// <c>default</c>, <c>order</c> and unknown attributes left out; logical types kept (<c>scale</c> only when
/// not 0). A named type already written is written again as its quoted full name.
/// </summary>
internal static class AvroSchemaText
{
    public static string Write(AvroSchema schema)
    {
        var builder = new StringBuilder();
        Write(builder, schema, new HashSet<string>(StringComparer.Ordinal));
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, AvroSchema schema, HashSet<string> written)
    {
        switch (schema)
        {
            case AvroPrimitiveSchema primitive when primitive.Logical is null:
                builder.Append('"').Append(TypeName(primitive.Type)).Append('"');
                break;
            case AvroPrimitiveSchema primitive:
                builder.Append("{\"type\":\"").Append(TypeName(primitive.Type)).Append("\",");
                WriteLogical(builder, primitive.Logical!);
                builder.Append('}');
                break;
            case AvroNamedSchema named when !written.Add(named.FullName):
                builder.Append('"').Append(named.FullName).Append('"');
                break;
            case AvroRecordSchema record:
                builder.Append("{\"name\":\"").Append(record.FullName).Append("\",\"type\":\"record\",\"fields\":[");
                for (var i = 0; i < record.Fields.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",").Append("{\"name\":\"").Append(record.Fields[i].Name).Append("\",\"type\":");
                    Write(builder, record.Fields[i].Schema, written);
                    builder.Append('}');
                }

                builder.Append("]}");
                break;
            case AvroEnumSchema enumSchema:
                builder.Append("{\"name\":\"").Append(enumSchema.FullName).Append("\",\"type\":\"enum\",\"symbols\":[");
                for (var i = 0; i < enumSchema.Symbols.Count; i++)
                {
                    builder.Append(i == 0 ? "\"" : ",\"").Append(enumSchema.Symbols[i]).Append('"');
                }

                builder.Append("]}");
                break;
            case AvroFixedSchema fixedSchema:
                builder.Append("{\"name\":\"").Append(fixedSchema.FullName).Append("\",\"type\":\"fixed\",\"size\":")
                    .Append(fixedSchema.Size.ToString(CultureInfo.InvariantCulture));
                if (fixedSchema.Logical is { } logical)
                {
                    builder.Append(',');
                    WriteLogical(builder, logical);
                }

                builder.Append('}');
                break;
            case AvroArraySchema array:
                builder.Append("{\"type\":\"array\",\"items\":");
                Write(builder, array.Items, written);
                builder.Append('}');
                break;
            case AvroMapSchema map:
                builder.Append("{\"type\":\"map\",\"values\":");
                Write(builder, map.Values, written);
                builder.Append('}');
                break;
            case AvroUnionSchema union:
                builder.Append('[');
                for (var i = 0; i < union.Branches.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, union.Branches[i], written);
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(schema), schema.GetType(), "Unknown schema node.");
        }
    }

    private static void WriteLogical(StringBuilder builder, AvroLogicalType logical)
    {
        builder.Append("\"logicalType\":\"").Append(logical.Name).Append('"');
        if (logical.IsDecimal)
        {
            builder.Append(",\"precision\":").Append(logical.Precision.ToString(CultureInfo.InvariantCulture));
            if (logical.Scale > 0)
            {
                builder.Append(",\"scale\":").Append(logical.Scale.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Gets the spec's name of a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name, such as <c>long</c>.</returns>
    public static string TypeName(AvroType type) => type switch
    {
        AvroType.Null => "null",
        AvroType.Boolean => "boolean",
        AvroType.Int => "int",
        AvroType.Long => "long",
        AvroType.Float => "float",
        AvroType.Double => "double",
        AvroType.Bytes => "bytes",
        AvroType.String => "string",
        AvroType.Record => "record",
        AvroType.Enum => "enum",
        AvroType.Array => "array",
        AvroType.Map => "map",
        AvroType.Union => "union",
        AvroType.Fixed => "fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
