using System.Buffers;
using System.Text;
using System.Text.Json;
using Conduit.Connector.Sdk.Records;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// JSON for sprig's <c>toJson</c>, <c>toPrettyJson</c>, <c>toRawJson</c> and <c>fromJson</c>, as Go's
/// <c>encoding/json</c> writes and reads the values a template sees: a record is its OpenCDC JSON (the
/// same bytes as <c>opencdc/json</c>), raw data and positions are base64, the operation is its name.
/// </summary>
internal static class TemplateJson
{
    private const int MaxDepth = StructuredValue.MaxDepth;

    public static string Serialize(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var writer = new GoJsonWriter(buffer);
        try
        {
            Write(writer, value, 0);
        }
        catch (StructuredValueException e)
        {
            throw new TemplateFunctionException("json: " + e.Message);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Re-indents compact JSON like Go's <c>json.MarshalIndent(v, "", "  ")</c>.</summary>
    public static string Indent(string json)
    {
        var builder = new StringBuilder(json.Length * 2);
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                builder.Append(c);
                if (c == '\\')
                {
                    builder.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    builder.Append(c);
                    break;
                case '{' or '[':
                    builder.Append(c);
                    if (i + 1 < json.Length && json[i + 1] is '}' or ']')
                    {
                        builder.Append(json[++i]);
                        break;
                    }

                    depth++;
                    NewLine(builder, depth);
                    break;
                case '}' or ']':
                    depth--;
                    NewLine(builder, depth);
                    builder.Append(c);
                    break;
                case ',':
                    builder.Append(c);
                    NewLine(builder, depth);
                    break;
                case ':':
                    builder.Append(": ");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Undoes Go's HTML escaping (<c>\u003c \u003e \u0026</c>), as an encoder with <c>SetEscapeHTML(false)</c> writes.</summary>
    public static string UnescapeHtml(string json)
    {
        if (!json.Contains("\\u00", StringComparison.Ordinal))
        {
            return json;
        }

        var builder = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == '\\' && i + 1 < json.Length)
            {
                if (json[i + 1] == 'u' && i + 5 < json.Length)
                {
                    var code = json.AsSpan(i + 2, 4);
                    var plain = code switch
                    {
                        "003c" => '<',
                        "003e" => '>',
                        "0026" => '&',
                        _ => '\0',
                    };
                    if (plain != '\0')
                    {
                        builder.Append(plain);
                        i += 5;
                        continue;
                    }
                }

                builder.Append(json[i]).Append(json[i + 1]);
                i++;
                continue;
            }

            builder.Append(json[i]);
        }

        return builder.ToString();
    }

    /// <summary>Reads JSON like Go's <c>json.Unmarshal</c> into <c>interface{}</c>.</summary>
    /// <exception cref="TemplateFunctionException">The text is not one JSON value.</exception>
    public static object? Deserialize(string json)
    {
        try
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read())
            {
                throw new TemplateFunctionException("unexpected end of JSON input");
            }

            var value = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new TemplateFunctionException("invalid character after top-level value");
            }

            return value;
        }
        catch (JsonException e)
        {
            throw new TemplateFunctionException("invalid JSON: " + e.Message);
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && double.IsFinite(number)
                    ? number
                    : throw new TemplateFunctionException("a JSON number does not fit a float64");
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }

                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = ReadValue(ref reader);
                }

                return map;
            default:
                return null;
        }
    }

    private static void NewLine(StringBuilder builder, int depth) => builder.Append('\n').Append(' ', depth * 2);

    private static void Write(GoJsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw StructuredValue.TooDeep();
        }

        switch (value)
        {
            case null or NilData:
                writer.Null();
                return;
            case Record record:
                OpenCdcJsonWriter.WriteRecord(writer, record, rawDataAsString: false, lenient: false);
                return;
            case Change change:
                OpenCdcJsonWriter.WriteChange(writer, change, rawDataAsString: false, lenient: false);
                return;
            case Metadata metadata:
                OpenCdcJsonWriter.WriteMetadata(writer, metadata, nullWhenEmpty: true);
                return;
            case Data data:
                OpenCdcJsonWriter.WriteData(writer, data, string.Empty, rawDataAsString: false, lenient: false);
                return;
            case Position position:
                if (position.IsEmpty)
                {
                    writer.Null();
                }
                else
                {
                    writer.Base64(position.Bytes.Span);
                }

                return;
            case Operation operation:
                writer.String(OperationText.ToText(operation));
                return;
            case string text:
                writer.String(text);
                return;
            case bool flag:
                writer.Bool(flag);
                return;
            case byte[] or ReadOnlyMemory<byte>:
                GoValues.TryGetBytes(value, out var bytes);
                writer.Base64(bytes.Span);
                return;
        }

        switch (GoValues.Kind(value))
        {
            case GoKind.Int:
                writer.Int64(GoValues.ToInt64(value!));
                return;
            case GoKind.Uint:
                writer.UInt64(GoValues.ToUInt64(value!));
                return;
            case GoKind.Float:
                var number = GoValues.ToDouble(value!);
                if (!double.IsFinite(number))
                {
                    throw new StructuredValueException("unsupported value: " + GoFloat.Format(number, 'g', -1, single: false));
                }

                writer.Number(number, value is float);
                return;
            case GoKind.Map:
                writer.StartObject();
                foreach (var (key, item) in GoValues.SortedEntries(value!))
                {
                    writer.PropertyName(key);
                    try
                    {
                        Write(writer, item, depth + 1);
                    }
                    catch (StructuredValueException e)
                    {
                        throw e.AtKey(key);
                    }
                }

                writer.EndObject();
                return;
            case GoKind.Slice:
                writer.StartArray();
                var items = GoValues.ListItems(value!);
                for (var i = 0; i < items.Count; i++)
                {
                    try
                    {
                        Write(writer, items[i], depth + 1);
                    }
                    catch (StructuredValueException e)
                    {
                        throw e.AtIndex(i);
                    }
                }

                writer.EndArray();
                return;
            default:
                throw StructuredValue.Unsupported(value!);
        }
    }
}
