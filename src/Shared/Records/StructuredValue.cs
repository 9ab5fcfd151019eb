using System.Collections;

namespace Conduit.Connector.Sdk.Records;

/// <summary>
/// The one place that decides which .NET values <see cref="StructuredData"/> may hold and how each
/// reads as a number, a byte sequence or a map. The JSON writer and the protobuf mapper both walk
/// values through it, so they accept and reject exactly the same types.
/// </summary>
internal static class StructuredValue
{
    /// <summary>How deep maps and lists may nest before a value is rejected (this also stops cycles).</summary>
    public const int MaxDepth = 64;

    /// <summary>The list of accepted types, for error messages.</summary>
    public const string SupportedTypes =
        "null, bool, string, integer types, float, double, decimal, byte[], ReadOnlyMemory<byte>, " +
        "string-keyed dictionaries and lists (IEnumerable)";

    /// <summary>Classifies a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its kind.</returns>
    public static StructuredValueKind Classify(object? value) => value switch
    {
        null => StructuredValueKind.Null,
        string => StructuredValueKind.String,
        bool => StructuredValueKind.Bool,
        int or long or short or sbyte => StructuredValueKind.SignedInteger,
        uint or ulong or ushort or byte => StructuredValueKind.UnsignedInteger,
        double => StructuredValueKind.Double,
        float => StructuredValueKind.Single,
        decimal => StructuredValueKind.Decimal,
        byte[] or ReadOnlyMemory<byte> => StructuredValueKind.Bytes,
        IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or IDictionary => StructuredValueKind.Map,
        IEnumerable => StructuredValueKind.List,
        _ => StructuredValueKind.Unsupported,
    };

    /// <summary>Reads a signed integer value.</summary>
    /// <param name="value">A value of kind <see cref="StructuredValueKind.SignedInteger"/>.</param>
    /// <returns>The value.</returns>
    public static long ToInt64(object value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        _ => (sbyte)value,
    };

    /// <summary>Reads an unsigned integer value.</summary>
    /// <param name="value">A value of kind <see cref="StructuredValueKind.UnsignedInteger"/>.</param>
    /// <returns>The value.</returns>
    public static ulong ToUInt64(object value) => value switch
    {
        uint i => i,
        ulong l => l,
        ushort s => s,
        _ => (byte)value,
    };

    /// <summary>Converts any numeric value to the double the wire carries.</summary>
    /// <param name="value">A value of a numeric kind.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The nearest double.</returns>
    public static double ToDouble(object value, StructuredValueKind kind) => kind switch
    {
        StructuredValueKind.Double => (double)value,
        StructuredValueKind.Single => (float)value,
        StructuredValueKind.SignedInteger => ToInt64(value),
        StructuredValueKind.UnsignedInteger => ToUInt64(value),
        StructuredValueKind.Decimal => (double)(decimal)value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a numeric kind."),
    };

    /// <summary>Gets the bytes of a value of kind <see cref="StructuredValueKind.Bytes"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bytes.</returns>
    public static ReadOnlySpan<byte> GetBytes(object value) =>
        value is byte[] array ? array : ((ReadOnlyMemory<byte>)value).Span;

    /// <summary>Copies the entries of a value of kind <see cref="StructuredValueKind.Map"/>.</summary>
    /// <param name="map">The map.</param>
    /// <param name="destination">Receives the entries; at least <see cref="CountEntries"/> long.</param>
    /// <returns>The number of entries copied.</returns>
    /// <exception cref="StructuredValueException">A non-generic dictionary has a key that is not a string.</exception>
    public static int CopyEntries(object map, Span<KeyValuePair<string, object?>> destination)
    {
        var count = 0;
        switch (map)
        {
            case StructuredData data:
                foreach (var entry in data)
                {
                    destination[count++] = entry;
                }

                break;
            case Dictionary<string, object?> dictionary:
                foreach (var entry in dictionary)
                {
                    destination[count++] = entry;
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                foreach (var entry in dictionary)
                {
                    destination[count++] = entry;
                }

                break;
            default:
                foreach (DictionaryEntry entry in (IDictionary)map)
                {
                    if (entry.Key is not string key)
                    {
                        throw new StructuredValueException(
                            $"map key of type {entry.Key.GetType()} is not supported: map keys must be strings");
                    }

                    destination[count++] = new KeyValuePair<string, object?>(key, entry.Value);
                }

                break;
        }

        return count;
    }

    /// <summary>Looks up a key in a value of kind <see cref="StructuredValueKind.Map"/>.</summary>
    /// <param name="map">The map.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value found.</param>
    /// <returns><see langword="true"/> when the key exists.</returns>
    public static bool TryGetEntry(object map, string key, out object? value)
    {
        switch (map)
        {
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out value);
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out value);
            default:
                var untyped = (IDictionary)map;
                if (untyped.Contains(key))
                {
                    value = untyped[key];
                    return true;
                }

                value = null;
                return false;
        }
    }

    /// <summary>Gets the number of entries of a value of kind <see cref="StructuredValueKind.Map"/>.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The count.</returns>
    public static int CountEntries(object map) => map switch
    {
        ICollection<KeyValuePair<string, object?>> collection => collection.Count,
        IReadOnlyCollection<KeyValuePair<string, object?>> collection => collection.Count,
        _ => ((ICollection)map).Count,
    };

    /// <summary>Creates the exception for a value whose type cannot travel.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The exception (the caller adds the path while it unwinds).</returns>
    public static StructuredValueException Unsupported(object value)
    {
        var hint = value is DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid or Enum
            ? " (convert it to a string or a number first)"
            : string.Empty;
        return new StructuredValueException($"type {value.GetType()} is not supported{hint}; supported: {SupportedTypes}");
    }

    /// <summary>Creates the exception for a structure nested deeper than <see cref="MaxDepth"/>.</summary>
    /// <returns>The exception.</returns>
    public static StructuredValueException TooDeep() =>
        new($"maps and lists nest deeper than {MaxDepth} levels (is a map or list contained in itself?)");
}
