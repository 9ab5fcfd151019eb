using System.Globalization;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// Reads Avro's binary encoding into structured data. Records become <see cref="StructuredData"/>, maps
/// <c>Dictionary&lt;string, object?&gt;</c>, arrays <c>List&lt;object?&gt;</c>; <c>int</c> stays <see cref="int"/>,
/// <c>long</c> <see cref="long"/>, <c>float</c> <see cref="float"/>; <c>bytes</c> and <c>fixed</c> become
/// <c>byte[]</c>, enums their symbol. Logical types are read as their underlying type (a timestamp as its
/// <see cref="long"/>, a uuid as its string), because <see cref="StructuredData"/> holds no date or time types,
/// except <c>decimal</c>, read as <see cref="decimal"/> (or, beyond its range, as the exact number's text).
/// </summary>
internal static class AvroDecoder
{
    private const int MaxBlockItems = 1 << 20;

    public static StructuredData Decode(AvroRecordSchema schema, ReadOnlySpan<byte> bytes)
    {
        var reader = new AvroBinaryReader(bytes);
        var data = ReadRecord(ref reader, schema, depth: 0);
        return reader.Remaining == 0
            ? data
            : throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"{reader.Remaining} bytes are left after the record {schema.FullName}"));
    }

    private static object? Read(ref AvroBinaryReader reader, AvroSchema schema, int depth)
    {
        if (depth > Records.StructuredValue.MaxDepth)
        {
            throw new InvalidDataException($"the data nests deeper than {Records.StructuredValue.MaxDepth} levels");
        }

        switch (schema)
        {
            case AvroUnionSchema union:
                var index = reader.ReadLong();
                return index >= 0 && index < union.Branches.Count
                    ? Read(ref reader, union.Branches[(int)index], depth)
                    : throw new InvalidDataException(
                        string.Create(CultureInfo.InvariantCulture, $"union branch {index} does not exist (the union has {union.Branches.Count})"));
            case AvroPrimitiveSchema { Type: AvroType.Bytes, Logical: { IsDecimal: true } logical }:
                return AvroDecimal.FromBytes(reader.ReadBytes(), logical.Scale);
            case AvroPrimitiveSchema primitive:
                return primitive.Type switch
                {
                    AvroType.Null => null,
                    AvroType.Boolean => reader.ReadBoolean(),
                    AvroType.Int => reader.ReadInt(),
                    AvroType.Long => reader.ReadLong(),
                    AvroType.Float => reader.ReadFloat(),
                    AvroType.Double => reader.ReadDouble(),
                    AvroType.Bytes => reader.ReadBytes(),
                    _ => reader.ReadString(),
                };
            case AvroEnumSchema enumSchema:
                var symbol = reader.ReadInt();
                return symbol >= 0 && symbol < enumSchema.Symbols.Count
                    ? enumSchema.Symbols[symbol]
                    : throw new InvalidDataException($"enum {enumSchema.FullName} has no symbol {symbol}");
            case AvroFixedSchema { Logical: { IsDecimal: true } fixedLogical } fixedDecimal:
                return AvroDecimal.FromBytes(reader.Take(fixedDecimal.Size), fixedLogical.Scale);
            case AvroFixedSchema fixedSchema:
                return reader.Take(fixedSchema.Size).ToArray();
            case AvroRecordSchema record:
                return ReadRecord(ref reader, record, depth);
            case AvroArraySchema array:
                var list = new List<object?>();
                for (var count = ReadBlock(ref reader); count > 0; count = ReadBlock(ref reader))
                {
                    for (var i = 0L; i < count; i++)
                    {
                        list.Add(Read(ref reader, array.Items, depth + 1));
                    }
                }

                return list;
            case AvroMapSchema map:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var count = ReadBlock(ref reader); count > 0; count = ReadBlock(ref reader))
                {
                    for (var i = 0L; i < count; i++)
                    {
                        var key = reader.ReadString();
                        dictionary[key] = Read(ref reader, map.Values, depth + 1);
                    }
                }

                return dictionary;
            default:
                throw new InvalidDataException($"unsupported schema node {schema.GetType().Name}");
        }
    }

    private static StructuredData ReadRecord(ref AvroBinaryReader reader, AvroRecordSchema record, int depth)
    {
        var data = new StructuredData(record.Fields.Count);
        foreach (var field in record.Fields)
        {
            data[field.Name] = Read(ref reader, field.Schema, depth + 1);
        }

        return data;
    }

    private static long ReadBlock(ref AvroBinaryReader reader)
    {
        var count = reader.ReadBlockCount();
        return count <= Math.Max(reader.Remaining, MaxBlockItems)
            ? count
            : throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"a block claims {count} items, more than the {reader.Remaining} bytes left can hold"));
    }
}
