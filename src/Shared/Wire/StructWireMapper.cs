using System.Buffers;
using System.Collections;
using Conduit.Connector.Sdk.Records;
using Google.Protobuf.WellKnownTypes;

namespace Conduit.Connector.Sdk.Wire;

/// <summary>
/// Maps structured data to and from <c>google.protobuf.Struct</c> exactly as Go's <c>structpb</c>
/// does: every number becomes a double, <c>byte[]</c> a base64 string, maps and lists nest. On the
/// way back numbers are <see cref="double"/>, maps <c>Dictionary&lt;string, object?&gt;</c> and lists
/// <c>List&lt;object?&gt;</c>. Values of other types fail with the path of the field.
/// </summary>
internal static class StructWireMapper
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    /// <summary>Converts structured data to a <see cref="Struct"/>.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The struct.</returns>
    /// <exception cref="StructuredValueException">A value cannot travel; the exception names its path below the data.</exception>
    public static Struct ToStruct(StructuredData data)
    {
        var result = new Struct();
        var fields = result.Fields;
        foreach (var (key, value) in data)
        {
            try
            {
                fields.Add(key, ToValue(value, depth: 1));
            }
            catch (StructuredValueException e)
            {
                throw e.AtKey(key);
            }
        }

        return result;
    }

    /// <summary>Converts a <see cref="Struct"/> to structured data.</summary>
    /// <param name="value">The struct.</param>
    /// <returns>The data.</returns>
    public static StructuredData FromStruct(Struct value)
    {
        var data = new StructuredData(value.Fields.Count);
        foreach (var (key, item) in value.Fields)
        {
            data.Add(key, FromValue(item));
        }

        return data;
    }

    private static Value ToValue(object? value, int depth)
    {
        var kind = StructuredValue.Classify(value);
        switch (kind)
        {
            case StructuredValueKind.Null:
                return new Value { NullValue = NullValue.NullValue };
            case StructuredValueKind.Bool:
                return new Value { BoolValue = (bool)value! };
            case StructuredValueKind.String:
                return new Value { StringValue = (string)value! };
            case StructuredValueKind.SignedInteger or StructuredValueKind.UnsignedInteger or StructuredValueKind.Single
                or StructuredValueKind.Double or StructuredValueKind.Decimal:
                return new Value { NumberValue = StructuredValue.ToDouble(value!, kind) };
            case StructuredValueKind.Bytes:
                return new Value { StringValue = Convert.ToBase64String(StructuredValue.GetBytes(value!)) };
            case StructuredValueKind.Map:
                return new Value { StructValue = MapToStruct(value!, depth + 1) };
            case StructuredValueKind.List:
                return new Value { ListValue = ToListValue((IEnumerable)value!, depth + 1) };
            default:
                throw StructuredValue.Unsupported(value!);
        }
    }

    private static Struct MapToStruct(object map, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        var count = StructuredValue.CountEntries(map);
        var entries = ArrayPool<KeyValuePair<string, object?>>.Shared.Rent(count);
        try
        {
            count = StructuredValue.CopyEntries(map, entries);
            var result = new Struct();
            var fields = result.Fields;
            for (var i = 0; i < count; i++)
            {
                var (key, value) = entries[i];
                try
                {
                    fields.Add(key, ToValue(value, depth));
                }
                catch (StructuredValueException e)
                {
                    throw e.AtKey(key);
                }
            }

            return result;
        }
        finally
        {
            ArrayPool<KeyValuePair<string, object?>>.Shared.Return(entries, clearArray: true);
        }
    }

    private static ListValue ToListValue(IEnumerable list, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        var result = new ListValue();
        var values = result.Values;
        var index = 0;
        foreach (var item in list)
        {
            try
            {
                values.Add(ToValue(item, depth));
            }
            catch (StructuredValueException e)
            {
                throw e.AtIndex(index);
            }

            index++;
        }

        return result;
    }

    private static object? FromValue(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.NumberValue => value.NumberValue,
        Value.KindOneofCase.StringValue => value.StringValue,
        Value.KindOneofCase.BoolValue => value.BoolValue ? s_true : s_false,
        Value.KindOneofCase.StructValue => FromNestedStruct(value.StructValue),
        Value.KindOneofCase.ListValue => FromListValue(value.ListValue),

        // NullValue, and a Value with no kind set, which Go also reads as nil.
        _ => null,
    };

    private static Dictionary<string, object?> FromNestedStruct(Struct value)
    {
        var map = new Dictionary<string, object?>(value.Fields.Count, StringComparer.Ordinal);
        foreach (var (key, item) in value.Fields)
        {
            map[key] = FromValue(item);
        }

        return map;
    }

    private static List<object?> FromListValue(ListValue value)
    {
        var list = new List<object?>(value.Values.Count);
        foreach (var item in value.Values)
        {
            list.Add(FromValue(item));
        }

        return list;
    }
}
