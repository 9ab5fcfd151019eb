using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>
/// Formats one <see cref="HclogEntry"/> as the JSON line go-plugin's host parses (hclog shape):
/// <c>@level</c>, <c>@message</c>, <c>@timestamp</c> (Go layout <c>2006-01-02T15:04:05.000000Z07:00</c>, six
/// fractional digits, or the host treats the whole line as plain text), <c>@module</c>, then every structured
/// value as its own key, and for exceptions <c>error</c> (the message) and <c>exception</c> (the full text).
/// </summary>
internal static class HclogLineFormatter
{
    private const string OriginalFormatKey = "{OriginalFormat}";
    private const string TruncatedSuffix = "...[truncated]";
    private const int MaxEnumerableItems = 100;

    private static readonly JsonEncodedText LevelKey = JsonEncodedText.Encode("@level");
    private static readonly JsonEncodedText MessageKey = JsonEncodedText.Encode("@message");
    private static readonly JsonEncodedText TimestampKey = JsonEncodedText.Encode("@timestamp");
    private static readonly JsonEncodedText ModuleKey = JsonEncodedText.Encode("@module");
    private static readonly JsonEncodedText ErrorKey = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText ExceptionKey = JsonEncodedText.Encode("exception");
    private static readonly JsonEncodedText TruncatedKey = JsonEncodedText.Encode("log_truncated");

    // Relaxed escaping keeps non-ASCII text readable; quotes, backslashes and control characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Writes the line, newline included, into <paramref name="output"/> (which is cleared first).</summary>
    public static void Format(ArrayBufferWriter<byte> output, in HclogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(output);
        var exceptionText = entry.Exception?.ToString();
        for (var step = 0; step < HclogLineLimits.Steps.Length; step++)
        {
            output.ResetWrittenCount();
            Write(output, entry, exceptionText, HclogLineLimits.Steps[step], truncatedBefore: step > 0);
            if (output.WrittenCount <= HclogLineLimits.MaxLineBytes)
            {
                return;
            }
        }
    }

    private static void Write(ArrayBufferWriter<byte> output, in HclogEntry entry, string? exceptionText, HclogLineLimits limits, bool truncatedBefore)
    {
        var truncated = truncatedBefore;
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(LevelKey, HclogLevels.Utf8Name(entry.Level));
            json.WriteString(MessageKey, Cap(entry.Message, limits.Message, ref truncated));

            Span<byte> timestamp = stackalloc byte[32];
            entry.Timestamp.TryFormat(timestamp, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'", CultureInfo.InvariantCulture);
            json.WriteString(TimestampKey, timestamp[..written]);
            json.WriteString(ModuleKey, Cap(entry.Module, limits.Field, ref truncated));

            var hasException = entry.Exception is not null;
            if (hasException)
            {
                json.WriteString(ErrorKey, Cap(entry.Exception!.Message, limits.Field, ref truncated));
                json.WriteString(ExceptionKey, Cap(exceptionText!, limits.Exception, ref truncated));
            }

            if (limits.IncludeFields)
            {
                WriteFields(json, entry.Scopes, hasException, limits.Field, ref truncated);
                WriteFields(json, entry.State, hasException, limits.Field, ref truncated);
            }
            else if ((entry.State?.Count ?? 0) > 1 || (entry.Scopes?.Count ?? 0) > 0)
            {
                truncated = true;
            }

            if (truncated)
            {
                json.WriteBoolean(TruncatedKey, true);
            }

            json.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private static void WriteFields(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>>? fields, bool hasException, int cap, ref bool truncated)
    {
        if (fields is null)
        {
            return;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var (key, value) = fields[i];
            if (string.IsNullOrEmpty(key) || key == OriginalFormatKey)
            {
                continue;
            }

            json.WritePropertyName(IsReserved(key, hasException) ? key + "_" : key);
            WriteValue(json, value, cap, ref truncated);
        }
    }

    // A structured value must not replace what the host reads as the level, message or time of the line.
    private static bool IsReserved(string key, bool hasException) =>
        key is "@level" or "@message" or "@timestamp" or "@module" or "log_truncated"
        || (hasException && key is "error" or "exception");

    private static void WriteValue(Utf8JsonWriter json, object? value, int cap, ref bool truncated)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(Cap(text, cap, ref truncated));
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case uint number:
                json.WriteNumberValue(number);
                break;
            case ulong number:
                json.WriteNumberValue(number);
                break;
            case short number:
                json.WriteNumberValue(number);
                break;
            case ushort number:
                json.WriteNumberValue(number);
                break;
            case byte number:
                json.WriteNumberValue(number);
                break;
            case sbyte number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case DateTime time:
                json.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                json.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IEnumerable items and not IFormattable:
                WriteItems(json, items, cap, ref truncated);
                break;
            case IFormattable formattable:
                json.WriteStringValue(Cap(formattable.ToString(null, CultureInfo.InvariantCulture), cap, ref truncated));
                break;
            default:
                json.WriteStringValue(Cap(value.ToString() ?? string.Empty, cap, ref truncated));
                break;
        }
    }

    private static void WriteItems(Utf8JsonWriter json, IEnumerable items, int cap, ref bool truncated)
    {
        json.WriteStartArray();
        var count = 0;
        foreach (var item in items)
        {
            if (count++ == MaxEnumerableItems)
            {
                truncated = true;
                break;
            }

            var text = item switch
            {
                null => null,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => item.ToString(),
            };
            if (text is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(Cap(text, cap, ref truncated));
            }
        }

        json.WriteEndArray();
    }

    private static ReadOnlySpan<char> Cap(string text, int max, ref bool truncated)
    {
        if (text.Length <= max)
        {
            return text;
        }

        truncated = true;
        var keep = max;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), TruncatedSuffix);
    }
}
