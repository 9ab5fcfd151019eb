using System.Collections;
using Conduit.Connector.Sdk.Records;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>Writes structured data in Avro's binary encoding, following a schema.</summary>
internal static class AvroEncoder
{
    /// <summary>Encodes structured data as a record.</summary>
    /// <param name="schema">The record schema.</param>
    /// <param name="data">The data.</param>
    /// <returns>The Avro bytes.</returns>
    /// <exception cref="NotSupportedException">A value does not fit its schema; the message names its path.</exception>
    public static byte[] Encode(AvroRecordSchema schema, StructuredData data)
    {
        var writer = new AvroBinaryWriter();
        WriteRecord(writer, schema, data, depth: 0);
        return writer.ToArray();
    }

    private static void Write(AvroBinaryWriter writer, AvroSchema schema, object? value, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        var kind = StructuredValue.Classify(value);
        if (kind == StructuredValueKind.Unsupported)
        {
            throw StructuredValue.Unsupported(value!);
        }

        if (schema is AvroUnionSchema union)
        {
            var index = AvroValues.ChooseBranch(union, value, kind);
            if (index < 0)
            {
                throw Mismatch(value, schema);
            }

            writer.WriteLong(index);
            schema = union.Branches[index];
        }
        else if (!AvroValues.Fits(schema, value, kind) && schema is not AvroRecordSchema)
        {
            throw Mismatch(value, schema);
        }

        switch (schema)
        {
            case { Type: AvroType.Null }:
                break;
            case { Type: AvroType.Boolean }:
                writer.WriteBoolean((bool)value!);
                break;
            case { Type: AvroType.Int }:
                AvroValues.TryGetInt32(value, kind, out var intValue);
                writer.WriteInt(intValue);
                break;
            case { Type: AvroType.Long }:
                AvroValues.TryGetInt64(value, kind, out var longValue);
                writer.WriteLong(longValue);
                break;
            case { Type: AvroType.Float }:
                AvroValues.TryGetDouble(value, kind, out var floatValue);
                writer.WriteFloat(kind == StructuredValueKind.Single ? (float)value! : (float)floatValue);
                break;
            case { Type: AvroType.Double }:
                AvroValues.TryGetDouble(value, kind, out var doubleValue);
                writer.WriteDouble(doubleValue);
                break;
            case AvroPrimitiveSchema { Type: AvroType.Bytes, Logical: { IsDecimal: true } logical }:
                AvroValues.TryGetDecimal(value, kind, out var bytesDecimal);
                writer.WriteBytes(ToDecimalBytes(bytesDecimal, logical));
                break;
            case { Type: AvroType.Bytes }:
                writer.WriteBytes(StructuredValue.GetBytes(value!));
                break;
            case { Type: AvroType.String }:
                writer.WriteString((string)value!);
                break;
            case AvroEnumSchema enumSchema:
                writer.WriteInt(IndexOf(enumSchema.Symbols, (string)value!));
                break;
            case AvroFixedSchema { Logical: { IsDecimal: true } fixedLogical } fixedDecimal:
                AvroValues.TryGetDecimal(value, kind, out var fixedValue);
                writer.WriteFixed(WrapOverflow(() => AvroDecimal.ToFixed(AvroDecimal.ToBytes(fixedValue, fixedLogical), fixedDecimal.Size)));
                break;
            case AvroFixedSchema:
                writer.WriteFixed(StructuredValue.GetBytes(value!));
                break;
            case AvroRecordSchema record:
                if (kind != StructuredValueKind.Map)
                {
                    throw Mismatch(value, schema);
                }

                WriteRecord(writer, record, value!, depth);
                break;
            case AvroArraySchema array:
                WriteArray(writer, array, (IEnumerable)value!, depth);
                break;
            case AvroMapSchema map:
                WriteMap(writer, map, value!, depth);
                break;
            default:
                throw Mismatch(value, schema);
        }
    }

    private static void WriteRecord(AvroBinaryWriter writer, AvroRecordSchema record, object map, int depth)
    {
        var found = 0;
        foreach (var field in record.Fields)
        {
            try
            {
                if (StructuredValue.TryGetEntry(map, field.Name, out var fieldValue))
                {
                    found++;
                }
                else if (!AvroValues.IsNullable(field.Schema))
                {
                    throw new StructuredValueException(
                        $"the field is missing, and its Avro type {AvroValues.Describe(field.Schema)} does not allow null");
                }

                Write(writer, field.Schema, fieldValue, depth + 1);
            }
            catch (StructuredValueException e)
            {
                throw e.AtKey(field.Name);
            }
        }

        if (found != StructuredValue.CountEntries(map))
        {
            var entries = new KeyValuePair<string, object?>[StructuredValue.CountEntries(map)];
            StructuredValue.CopyEntries(map, entries);
            var extra = entries.First(entry => record.IndexOf(entry.Key) < 0).Key;
            throw new StructuredValueException($"Avro record {record.FullName} has no field of this name").AtKey(extra);
        }
    }

    private static void WriteArray(AvroBinaryWriter writer, AvroArraySchema array, IEnumerable items, int depth)
    {
        var list = items as ICollection ?? items.Cast<object?>().ToList();
        if (list.Count > 0)
        {
            writer.WriteLong(list.Count);
            var index = 0;
            foreach (var item in list)
            {
                try
                {
                    Write(writer, array.Items, item, depth + 1);
                }
                catch (StructuredValueException e)
                {
                    throw e.AtIndex(index);
                }

                index++;
            }
        }

        writer.WriteLong(0);
    }

    private static void WriteMap(AvroBinaryWriter writer, AvroMapSchema map, object value, int depth)
    {
        var entries = new KeyValuePair<string, object?>[StructuredValue.CountEntries(value)];
        var count = StructuredValue.CopyEntries(value, entries);
        if (count > 0)
        {
            writer.WriteLong(count);
            for (var i = 0; i < count; i++)
            {
                writer.WriteString(entries[i].Key);
                try
                {
                    Write(writer, map.Values, entries[i].Value, depth + 1);
                }
                catch (StructuredValueException e)
                {
                    throw e.AtKey(entries[i].Key);
                }
            }
        }

        writer.WriteLong(0);
    }

    private static byte[] ToDecimalBytes(decimal value, AvroLogicalType logical) => WrapOverflow(() => AvroDecimal.ToBytes(value, logical));

    private static byte[] WrapOverflow(Func<byte[]> convert)
    {
        try
        {
            return convert();
        }
        catch (OverflowException e)
        {
            throw new StructuredValueException(e.Message);
        }
    }

    private static int IndexOf(IReadOnlyList<string> symbols, string symbol)
    {
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] == symbol)
            {
                return i;
            }
        }

        return -1;
    }

    private static StructuredValueException Mismatch(object? value, AvroSchema schema) =>
        new($"a value of type {(value is null ? "null" : value.GetType().ToString())} does not fit the Avro type {AvroValues.Describe(schema)}");
}
