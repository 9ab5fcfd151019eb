using System.Text;
using System.Text.Json;

namespace Conduit.Connector.Sdk.Records.Json;

/// <summary>
/// Reads OpenCDC JSON with <see cref="Utf8JsonReader"/>, following Go's <c>Record.UnmarshalJSON</c>:
/// for the key and each payload side a JSON string is raw data (base64), an object is structured
/// data and <c>null</c> (or a missing field) is no data. Numbers in structured data become
/// <see cref="double"/>, nested objects <c>Dictionary&lt;string, object?&gt;</c>, arrays
/// <c>List&lt;object?&gt;</c>. Unknown fields are skipped; field names are case-sensitive.
/// </summary>
internal static class OpenCdcJsonReader
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = StructuredValue.MaxDepth + 8 };

    public static Record ReadRecord(ReadOnlySpan<byte> utf8Json, bool rawDataAsString)
    {
        var reader = new Utf8JsonReader(utf8Json, s_options);
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "record");
        var record = new Record();
        while (Read(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("position"u8))
            {
                Read(ref reader);
                record.Position = reader.TokenType == JsonTokenType.Null
                    ? Position.Empty
                    : new Position(ReadBase64(ref reader, "position"));
            }
            else if (reader.ValueTextEquals("operation"u8))
            {
                Read(ref reader);
                ReadOperation(ref reader, record);
            }
            else if (reader.ValueTextEquals("metadata"u8))
            {
                Read(ref reader);
                ReadMetadata(ref reader, record.Metadata);
            }
            else if (reader.ValueTextEquals("key"u8))
            {
                Read(ref reader);
                record.Key = ReadData(ref reader, "key", rawDataAsString);
            }
            else if (reader.ValueTextEquals("payload"u8))
            {
                Read(ref reader);
                ReadPayload(ref reader, record.Payload, rawDataAsString);
            }
            else
            {
                reader.Skip();
            }
        }

        // Anything after the record (other than whitespace) makes the reader throw here.
        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the record.");
        }

        return record;
    }

    private static void ReadOperation(ref Utf8JsonReader reader, Record record)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                record.Operation = (Operation)number;
                return;
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (text.Length == 0)
                {
                    return; // Go treats an empty operation as "not set".
                }

                record.Operation = OperationText.TryParse(text, out var operation)
                    ? operation
                    : throw new JsonException(
                        $"'operation' has the unknown value \"{text}\": expected create, update, delete, snapshot or Operation(N).");
                return;
            default:
                throw Unexpected(ref reader, "operation", "a string");
        }
    }

    private static void ReadMetadata(ref Utf8JsonReader reader, Metadata metadata)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartObject, "metadata");
        while (Read(ref reader) == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            Read(ref reader);
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Unexpected(ref reader, "metadata." + key, "a string");
            }

            metadata[key] = reader.GetString()!;
        }
    }

    private static void ReadPayload(ref Utf8JsonReader reader, Change payload, bool rawDataAsString)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartObject, "payload");
        while (Read(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("before"u8))
            {
                Read(ref reader);
                payload.Before = ReadData(ref reader, "payload.before", rawDataAsString);
            }
            else if (reader.ValueTextEquals("after"u8))
            {
                Read(ref reader);
                payload.After = ReadData(ref reader, "payload.after", rawDataAsString);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static Data? ReadData(ref Utf8JsonReader reader, string path, bool rawDataAsString)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when rawDataAsString:
                return new RawData(Encoding.UTF8.GetBytes(reader.GetString()!));
            case JsonTokenType.String:
                return new RawData(ReadBase64(ref reader, path));
            case JsonTokenType.StartObject:
                var data = new StructuredData();
                while (Read(ref reader) == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    Read(ref reader);
                    data[key] = ReadValue(ref reader, path);
                }

                return data;
            default:
                throw Unexpected(ref reader, path, "a base64 string (raw data), an object (structured data) or null");
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && double.IsFinite(number)
                    ? number
                    : throw new JsonException($"A number in '{path}' does not fit a 64-bit float.");
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (Read(ref reader) != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader, path));
                }

                return list;
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (Read(ref reader) == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    Read(ref reader);
                    map[key] = ReadValue(ref reader, path);
                }

                return map;
        }
    }

    private static byte[] ReadBase64(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unexpected(ref reader, path, "a base64 string");
        }

        return reader.TryGetBytesFromBase64(out var bytes)
            ? bytes
            : throw new JsonException($"'{path}' is not valid base64.");
    }

    private static JsonTokenType Read(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The JSON ends too early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw Unexpected(ref reader, what, "an object");
        }
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string path, string expected) =>
        new($"'{path}' must be {expected}, not {Describe(reader.TokenType)}.");

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
