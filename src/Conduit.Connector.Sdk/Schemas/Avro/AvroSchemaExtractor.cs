using Conduit.Connector.Sdk.Records;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// Derives an Avro schema from structured data, following the Go SDK's extractor (conduit-commons
/// <c>schema/avro</c>) for the value types <see cref="StructuredData"/> holds, so both SDKs register the same
/// schema for the same data.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>.NET value</term><description>Avro schema</description></listheader>
/// <item><term><see cref="StructuredData"/> (top level or nested)</term><description>record named by its path (<c>record</c>, <c>record.address</c>), one field per key, fields sorted by name</description></item>
/// <item><term><see langword="null"/></term><description><c>["null","string"]</c></description></item>
/// <item><term><see cref="bool"/></term><description><c>boolean</c></description></item>
/// <item><term><see cref="int"/>, <see cref="short"/>, <see cref="sbyte"/>, <see cref="byte"/>, <see cref="ushort"/></term><description><c>int</c></description></item>
/// <item><term><see cref="long"/>, <see cref="uint"/></term><description><c>long</c></description></item>
/// <item><term><see cref="ulong"/></term><description>rejected (no Avro type holds it; Go rejects <c>uint64</c> too)</description></item>
/// <item><term><see cref="float"/> / <see cref="double"/></term><description><c>float</c> / <c>double</c></description></item>
/// <item><term><see cref="decimal"/></term><description><c>{"type":"bytes","logicalType":"decimal","precision":38,"scale":18}</c></description></item>
/// <item><term><see cref="string"/></term><description><c>string</c></description></item>
/// <item><term><c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c></term><description><c>bytes</c></description></item>
/// <item><term>a list of a non-nullable primitive type (<c>int[]</c>, <c>List&lt;long&gt;</c>, …)</term><description>array of that type</description></item>
/// <item><term>any other list</term><description>array of a union of <c>null</c> and the item schemas (deduplicated; arrays and maps merged); an empty list gives <c>["null","string"]</c></description></item>
/// <item><term>a dictionary of a non-nullable primitive type</term><description>map of that type</description></item>
/// <item><term>any other dictionary</term><description>map of a union of <c>null</c> and the value schemas, as for lists</description></item>
/// </list>
/// <para>Union branches are sorted by their canonical text, as Go sorts them. Field names must be Avro names
/// (<c>[A-Za-z_][A-Za-z0-9_]*</c>). Unlike Go, a record inside a list or map is named <c>….item</c> /
/// <c>….value</c> without an index, so lists of equally shaped records work (Go fails on them).</para>
/// </remarks>
internal static class AvroSchemaExtractor
{
    private const string RootName = "record";

    /// <summary>Extracts the record schema of structured data.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="NotSupportedException">A value has no Avro schema; the message names its path.</exception>
    public static AvroRecordSchema Extract(StructuredData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ExtractRecord(data, RootName, depth: 0);
    }

    private static AvroRecordSchema ExtractRecord(object map, string name, int depth)
    {
        var count = StructuredValue.CountEntries(map);
        var entries = new KeyValuePair<string, object?>[count];
        count = StructuredValue.CopyEntries(map, entries);
        Array.Sort(entries, 0, count, EntryComparer.Instance);
        var fields = new AvroField[count];
        for (var i = 0; i < count; i++)
        {
            var (key, value) = entries[i];
            try
            {
                if (!AvroNames.IsValidName(key))
                {
                    throw new StructuredValueException(
                        "the key is not a valid Avro field name (letters, digits and '_', not starting with a digit)");
                }

                fields[i] = new AvroField(key, ExtractValue(value, name + "." + key, depth + 1));
            }
            catch (StructuredValueException e)
            {
                throw e.AtKey(key);
            }
        }

        return new AvroRecordSchema(name, fields);
    }

    private static AvroSchema ExtractValue(object? value, string name, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        return StructuredValue.Classify(value) switch
        {
            StructuredValueKind.Null => NullableString(),
            StructuredValueKind.Bool => AvroPrimitiveSchema.Boolean,
            StructuredValueKind.SignedInteger => value is long ? AvroPrimitiveSchema.Long : AvroPrimitiveSchema.Int,
            StructuredValueKind.UnsignedInteger => value switch
            {
                uint => AvroPrimitiveSchema.Long,
                ulong => throw UnsignedLong(),
                _ => AvroPrimitiveSchema.Int,
            },
            StructuredValueKind.Single => AvroPrimitiveSchema.Float,
            StructuredValueKind.Double => AvroPrimitiveSchema.Double,
            StructuredValueKind.Decimal => AvroPrimitiveSchema.SystemDecimal,
            StructuredValueKind.String => AvroPrimitiveSchema.String,
            StructuredValueKind.Bytes => AvroPrimitiveSchema.Bytes,
            StructuredValueKind.Map when value is StructuredData => ExtractRecord(value, name, depth),
            StructuredValueKind.Map => new AvroMapSchema(TypedValues(value!) ?? UnionOfValues(value!, name + ".value", depth)),
            StructuredValueKind.List => new AvroArraySchema(TypedItems(value!) ?? UnionOfItems(value!, name + ".item", depth)),
            _ => throw StructuredValue.Unsupported(value!),
        };
    }

    private static AvroUnionSchema NullableString() => new([AvroPrimitiveSchema.Null, AvroPrimitiveSchema.String]);

    private static AvroSchema UnionOfItems(object list, string name, int depth)
    {
        var union = new AvroUnionBuilder();
        union.Add(AvroPrimitiveSchema.Null);
        var index = 0;
        foreach (var item in (System.Collections.IEnumerable)list)
        {
            try
            {
                union.Add(ExtractValue(item, name, depth + 1));
            }
            catch (StructuredValueException e)
            {
                throw e.AtIndex(index);
            }

            index++;
        }

        if (index == 0)
        {
            union.Add(AvroPrimitiveSchema.String);
        }

        return union.Build();
    }

    private static AvroSchema UnionOfValues(object map, string name, int depth)
    {
        var count = StructuredValue.CountEntries(map);
        var entries = new KeyValuePair<string, object?>[count];
        count = StructuredValue.CopyEntries(map, entries);
        Array.Sort(entries, 0, count, EntryComparer.Instance);
        var union = new AvroUnionBuilder();
        union.Add(AvroPrimitiveSchema.Null);
        for (var i = 0; i < count; i++)
        {
            try
            {
                union.Add(ExtractValue(entries[i].Value, name, depth + 1));
            }
            catch (StructuredValueException e)
            {
                throw e.AtKey(entries[i].Key);
            }
        }

        if (count == 0)
        {
            union.Add(AvroPrimitiveSchema.String);
        }

        return union.Build();
    }

    // Go gives typed slices ([]int) a plain item type; in .NET the collections of non-nullable primitives play
    // that part. Strings are left out on purpose: a string[] may hold null.
    private static AvroSchema? TypedItems(object list) => list switch
    {
        IEnumerable<int> or IEnumerable<short> or IEnumerable<sbyte> or IEnumerable<byte> or IEnumerable<ushort> => AvroPrimitiveSchema.Int,
        IEnumerable<long> or IEnumerable<uint> => AvroPrimitiveSchema.Long,
        IEnumerable<bool> => AvroPrimitiveSchema.Boolean,
        IEnumerable<float> => AvroPrimitiveSchema.Float,
        IEnumerable<double> => AvroPrimitiveSchema.Double,
        IEnumerable<decimal> => AvroPrimitiveSchema.SystemDecimal,
        IEnumerable<ulong> => throw UnsignedLong(),
        _ => null,
    };

    private static AvroSchema? TypedValues(object map) => map switch
    {
        IEnumerable<KeyValuePair<string, int>> or IEnumerable<KeyValuePair<string, short>> or IEnumerable<KeyValuePair<string, sbyte>>
            or IEnumerable<KeyValuePair<string, byte>> or IEnumerable<KeyValuePair<string, ushort>> => AvroPrimitiveSchema.Int,
        IEnumerable<KeyValuePair<string, long>> or IEnumerable<KeyValuePair<string, uint>> => AvroPrimitiveSchema.Long,
        IEnumerable<KeyValuePair<string, bool>> => AvroPrimitiveSchema.Boolean,
        IEnumerable<KeyValuePair<string, float>> => AvroPrimitiveSchema.Float,
        IEnumerable<KeyValuePair<string, double>> => AvroPrimitiveSchema.Double,
        IEnumerable<KeyValuePair<string, decimal>> => AvroPrimitiveSchema.SystemDecimal,
        IEnumerable<KeyValuePair<string, ulong>> => throw UnsignedLong(),
        _ => null,
    };

    private static StructuredValueException UnsignedLong() =>
        new("type System.UInt64 has no Avro schema (Avro has no unsigned 64-bit integer): convert it to long, decimal or string");

    private sealed class EntryComparer : IComparer<KeyValuePair<string, object?>>
    {
        public static readonly EntryComparer Instance = new();

        public int Compare(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) => string.CompareOrdinal(x.Key, y.Key);
    }
}
