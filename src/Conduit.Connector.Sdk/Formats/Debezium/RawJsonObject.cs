using System.Text.Json;

namespace Conduit.Connector.Sdk.Formats.Debezium;

/// <summary>
/// Reads raw data that holds a JSON object into structured data, as Go's Debezium converter tries
/// before it falls back to hoisting the bytes into a field. Numbers become <see cref="double"/>,
/// objects <c>Dictionary&lt;string, object?&gt;</c> and arrays <c>List&lt;object?&gt;</c>, as with Go's <c>map[string]any</c>.
/// </summary>
internal static class RawJsonObject
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 256 };

    /// <summary>Parses a JSON object (or <c>null</c>).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="data">The object, or <see langword="null"/> for the JSON literal <c>null</c>.</param>
    /// <returns><see langword="false"/> when the bytes are not one JSON object or <c>null</c>.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out StructuredData? data)
    {
        data = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, s_options);
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                return !reader.Read();
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var result = new StructuredData();
            if (!ReadMembers(ref reader, result) || reader.Read())
            {
                return false;
            }

            data = result;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool ReadMembers(ref Utf8JsonReader reader, IDictionary<string, object?> map)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (!TryReadValue(ref reader, out var value))
            {
                return false;
            }

            map[key] = value;
        }

        return true;
    }

    private static bool TryReadValue(ref Utf8JsonReader reader, out object? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Number:
                if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    return false;
                }

                value = number;
                return true;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!TryReadValue(ref reader, out var item))
                    {
                        return false;
                    }

                    list.Add(item);
                }

                value = list;
                return true;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (!ReadMembers(ref reader, map))
                {
                    return false;
                }

                value = map;
                return true;
            default:
                return false;
        }
    }
}
