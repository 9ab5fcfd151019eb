using System.Buffers;
using System.Collections;
using System.Text;

namespace Conduit.Connector.Sdk.Records.Json;

/// <summary>
/// Writes records and their parts in the shape Go's <c>opencdc.Record</c> marshals to: fields in the
/// order position, operation, metadata, key, payload {before, after}; map keys sorted; empty
/// position and empty metadata as <c>null</c> (as Go writes its nil slice and nil map); null data
/// as <c>null</c>; raw data as base64 (or as text with <c>rawDataAsString</c>).
/// </summary>
internal static class OpenCdcJsonWriter
{
    public static void WriteRecord(GoJsonWriter writer, Record record, bool rawDataAsString, bool lenient)
    {
        writer.StartObject();
        writer.PropertyNameRaw("\"position\":"u8);
        if (record.Position.IsEmpty)
        {
            writer.Null();
        }
        else
        {
            writer.Base64(record.Position.Bytes.Span);
        }

        writer.PropertyNameRaw("\"operation\":"u8);
        writer.String(OperationText.ToText(record.Operation));
        writer.PropertyNameRaw("\"metadata\":"u8);
        WriteMetadata(writer, record.Metadata, nullWhenEmpty: true);
        writer.PropertyNameRaw("\"key\":"u8);
        WriteData(writer, record.Key, "key", rawDataAsString, lenient);
        writer.PropertyNameRaw("\"payload\":"u8);
        WriteChange(writer, record.Payload, rawDataAsString, lenient);
        writer.EndObject();
    }

    public static void WriteChange(GoJsonWriter writer, Change change, bool rawDataAsString, bool lenient)
    {
        writer.StartObject();
        writer.PropertyNameRaw("\"before\":"u8);
        WriteData(writer, change.Before, "payload.before", rawDataAsString, lenient);
        writer.PropertyNameRaw("\"after\":"u8);
        WriteData(writer, change.After, "payload.after", rawDataAsString, lenient);
        writer.EndObject();
    }

    public static void WriteMetadata(GoJsonWriter writer, Metadata metadata, bool nullWhenEmpty)
    {
        var count = metadata.Count;
        if (count == 0 && nullWhenEmpty)
        {
            writer.Null();
            return;
        }

        var keys = ArrayPool<string>.Shared.Rent(count);
        var values = ArrayPool<string>.Shared.Rent(count);
        try
        {
            var i = 0;
            foreach (var (key, value) in metadata)
            {
                keys[i] = key;
                values[i++] = value;
            }

            Array.Sort(keys, values, 0, count, Utf8KeyOrder.Instance);
            writer.StartObject();
            for (i = 0; i < count; i++)
            {
                writer.PropertyName(keys[i]);
                writer.String(values[i]);
            }

            writer.EndObject();
        }
        finally
        {
            ArrayPool<string>.Shared.Return(keys, clearArray: true);
            ArrayPool<string>.Shared.Return(values, clearArray: true);
        }
    }

    public static void WriteData(GoJsonWriter writer, Data? data, string path, bool rawDataAsString, bool lenient)
    {
        switch (data)
        {
            case null:
                writer.Null();
                break;
            case RawData raw when rawDataAsString:
                writer.StringUtf8(raw.Bytes.Span);
                break;
            case RawData raw:
                writer.Base64(raw.Bytes.Span);
                break;
            case StructuredData structured:
                try
                {
                    WriteMap(writer, structured, lenient, depth: 0);
                }
                catch (StructuredValueException e) when (path.Length > 0)
                {
                    throw e.AtKey(path);
                }

                break;
        }
    }

    /// <summary>Serializes a record, change, metadata or data for <c>ToString</c>: never throws on odd values.</summary>
    public static string ToDebugString(object value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var writer = new GoJsonWriter(buffer);
        switch (value)
        {
            case Record record:
                WriteRecord(writer, record, rawDataAsString: false, lenient: true);
                break;
            case Change change:
                WriteChange(writer, change, rawDataAsString: false, lenient: true);
                break;
            case Metadata metadata:
                WriteMetadata(writer, metadata, nullWhenEmpty: false);
                break;
            default:
                WriteData(writer, (Data)value, string.Empty, rawDataAsString: false, lenient: true);
                break;
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes structured data strictly, for <see cref="Data.ToBytes"/>.</summary>
    public static ReadOnlyMemory<byte> ToUtf8(StructuredData data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteData(new GoJsonWriter(buffer), data, string.Empty, rawDataAsString: false, lenient: false);
        return buffer.WrittenMemory;
    }

    private static void WriteValue(GoJsonWriter writer, object? value, bool lenient, int depth)
    {
        var kind = StructuredValue.Classify(value);
        switch (kind)
        {
            case StructuredValueKind.Null:
                writer.Null();
                break;
            case StructuredValueKind.Bool:
                writer.Bool((bool)value!);
                break;
            case StructuredValueKind.String:
                writer.String((string)value!);
                break;
            case StructuredValueKind.SignedInteger:
                writer.Int64(StructuredValue.ToInt64(value!));
                break;
            case StructuredValueKind.UnsignedInteger:
                writer.UInt64(StructuredValue.ToUInt64(value!));
                break;
            case StructuredValueKind.Single or StructuredValueKind.Double:
                var number = StructuredValue.ToDouble(value!, kind);
                if (!double.IsFinite(number))
                {
                    if (!lenient)
                    {
                        throw new StructuredValueException(
                            $"the number {number} cannot be written: JSON and protobuf have no NaN or infinity");
                    }

                    writer.String(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                }

                writer.Number(number, kind == StructuredValueKind.Single);
                break;
            case StructuredValueKind.Decimal:
                writer.Decimal((decimal)value!);
                break;
            case StructuredValueKind.Bytes:
                writer.Base64(StructuredValue.GetBytes(value!));
                break;
            case StructuredValueKind.Map:
                WriteMap(writer, value!, lenient, depth + 1);
                break;
            case StructuredValueKind.List:
                WriteList(writer, (IEnumerable)value!, lenient, depth + 1);
                break;
            default:
                if (!lenient)
                {
                    throw StructuredValue.Unsupported(value!);
                }

                writer.String(value!.ToString() ?? value.GetType().ToString());
                break;
        }
    }

    private static void WriteMap(GoJsonWriter writer, object map, bool lenient, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            ThrowOrWriteTooDeep(writer, lenient);
            return;
        }

        var count = StructuredValue.CountEntries(map);
        var keys = ArrayPool<string>.Shared.Rent(count);
        var entries = ArrayPool<KeyValuePair<string, object?>>.Shared.Rent(count);
        try
        {
            try
            {
                count = StructuredValue.CopyEntries(map, entries);
            }
            catch (StructuredValueException) when (lenient)
            {
                writer.String(map.ToString() ?? string.Empty);
                return;
            }

            for (var i = 0; i < count; i++)
            {
                keys[i] = entries[i].Key;
            }

            Array.Sort(keys, entries, 0, count, Utf8KeyOrder.Instance);
            writer.StartObject();
            for (var i = 0; i < count; i++)
            {
                writer.PropertyName(keys[i]);
                try
                {
                    WriteValue(writer, entries[i].Value, lenient, depth);
                }
                catch (StructuredValueException e)
                {
                    throw e.AtKey(keys[i]);
                }
            }

            writer.EndObject();
        }
        finally
        {
            ArrayPool<string>.Shared.Return(keys, clearArray: true);
            ArrayPool<KeyValuePair<string, object?>>.Shared.Return(entries, clearArray: true);
        }
    }

    private static void WriteList(GoJsonWriter writer, IEnumerable list, bool lenient, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            ThrowOrWriteTooDeep(writer, lenient);
            return;
        }

        writer.StartArray();
        var index = 0;
        foreach (var item in list)
        {
            try
            {
                WriteValue(writer, item, lenient, depth);
            }
            catch (StructuredValueException e)
            {
                throw e.AtIndex(index);
            }

            index++;
        }

        writer.EndArray();
    }

    private static void ThrowOrWriteTooDeep(GoJsonWriter writer, bool lenient)
    {
        if (!lenient)
        {
            throw StructuredValue.TooDeep();
        }

        writer.String("…");
    }
}
