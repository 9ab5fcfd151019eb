using System.Buffers;
using System.Collections;

namespace Conduit.Connector.Sdk.Records;

/// <summary>Deep copies of structured values: mutable containers are copied, immutable values shared.</summary>
internal static class StructuredValueCloner
{
    public static StructuredData CloneData(StructuredData data, int depth)
    {
        var copy = new StructuredData(data.Count);
        foreach (var (key, value) in data)
        {
            copy.Add(key, CloneValue(value, depth + 1));
        }

        return copy;
    }

    public static object? CloneValue(object? value, int depth)
    {
        if (depth > StructuredValue.MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        switch (value)
        {
            case null or string or bool or ReadOnlyMemory<byte>:
                return value;
            case byte[] bytes:
                return bytes.Clone();
            case StructuredData data:
                return CloneData(data, depth);
            case object?[] array:
                var arrayCopy = new object?[array.Length];
                for (var i = 0; i < array.Length; i++)
                {
                    arrayCopy[i] = CloneValue(array[i], depth + 1);
                }

                return arrayCopy;
            case Array array when array is string[] or decimal[] || array.GetType().GetElementType()!.IsPrimitive:
                // Items of these arrays are immutable: a shallow copy is a deep copy.
                return array.Clone();
        }

        var kind = StructuredValue.Classify(value);
        return kind switch
        {
            StructuredValueKind.Map => CloneMap(value, depth),
            StructuredValueKind.List => CloneList((IEnumerable)value, depth),

            // Numbers are immutable; unsupported values are shared and rejected when written.
            _ => value,
        };
    }

    private static object CloneMap(object map, int depth)
    {
        var count = StructuredValue.CountEntries(map);
        var entries = ArrayPool<KeyValuePair<string, object?>>.Shared.Rent(count);
        try
        {
            try
            {
                count = StructuredValue.CopyEntries(map, entries);
            }
            catch (StructuredValueException)
            {
                // A key that is not a string: the map cannot be written anyway, so share it as is.
                return map;
            }

            var copy = new Dictionary<string, object?>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                copy[entries[i].Key] = CloneValue(entries[i].Value, depth + 1);
            }

            return copy;
        }
        finally
        {
            ArrayPool<KeyValuePair<string, object?>>.Shared.Return(entries, clearArray: true);
        }
    }

    private static List<object?> CloneList(IEnumerable list, int depth)
    {
        var copy = list is ICollection collection ? new List<object?>(collection.Count) : [];
        foreach (var item in list)
        {
            copy.Add(CloneValue(item, depth + 1));
        }

        return copy;
    }
}
