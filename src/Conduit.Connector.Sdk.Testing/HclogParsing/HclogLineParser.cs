using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Testing.HclogParsing;

/// <summary>
/// Reads one stderr line the way go-plugin's client does (<c>logStderr</c> + <c>parseJSON</c> +
/// hclog's <c>LevelFromString</c>): a JSON object whose <c>@message</c>, <c>@level</c> and
/// <c>@timestamp</c> are strings, the timestamp in Go layout <c>2006-01-02T15:04:05.000000Z07:00</c>,
/// a level of trace/debug/info/warn/error, every other key a field. Anything else is malformed:
/// go-plugin logs it verbatim at debug, splits it (over 64 KiB), or, for a non-string special key,
/// fails a type assertion.
/// </summary>
internal static partial class HclogLineParser
{
    /// <summary>go-plugin reads stderr through a 64 KiB buffer; a line that does not fit is split and logged raw.</summary>
    public const int MaxLineBytes = 64 * 1024;

    public static bool TryParse(string line, out LogEntry? entry, out MalformedLogLine? malformed)
    {
        entry = null;
        malformed = null;
        if (Encoding.UTF8.GetByteCount(line) >= MaxLineBytes)
        {
            malformed = new MalformedLogLine(line, "longer than go-plugin's 64 KiB stderr line buffer (split and logged raw)");
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            malformed = new MalformedLogLine(line, "not JSON (logged verbatim at debug)");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                malformed = new MalformedLogLine(line, "not a JSON object (logged verbatim at debug)");
                return false;
            }

            string? message = null;
            string? levelText = null;
            string? timestampText = null;
            var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in root.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "@message":
                        case "@level":
                        case "@timestamp":
                            if (property.Value.ValueKind != JsonValueKind.String)
                            {
                                malformed = new MalformedLogLine(line, $"{property.Name} is not a string (go-plugin's host fails a type assertion on it)");
                                return false;
                            }

                            var text = property.Value.GetString()!;
                            if (property.Name == "@message")
                            {
                                message = text;
                            }
                            else if (property.Name == "@level")
                            {
                                levelText = text;
                            }
                            else
                            {
                                timestampText = text;
                            }

                            break;
                        default:
                            fields[property.Name] = property.Value.Clone();
                            break;
                    }
                }
            }

            DateTimeOffset? timestamp = null;
            if (timestampText is not null)
            {
                if (!TryParseTimestamp(timestampText, out var parsed))
                {
                    malformed = new MalformedLogLine(line, $"@timestamp \"{timestampText}\" is not in Go layout 2006-01-02T15:04:05.000000Z07:00 (exactly six fractional digits), so the whole line counts as non-JSON");
                    return false;
                }

                timestamp = parsed;
            }

            if (levelText is null)
            {
                malformed = new MalformedLogLine(line, "no @level (logged verbatim at debug)");
                return false;
            }

            if (ParseLevel(levelText) is not { } level)
            {
                malformed = new MalformedLogLine(line, $"unknown @level \"{levelText}\" (logged verbatim at debug)");
                return false;
            }

            entry = new LogEntry(line, level, levelText, message ?? string.Empty, timestamp, fields);
            return true;
        }
    }

    /// <summary>hclog's LevelFromString: trimmed, case-insensitive, five names.</summary>
    public static LogLevel? ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "trace" => LogLevel.Trace,
        "debug" => LogLevel.Debug,
        "info" => LogLevel.Information,
        "warn" => LogLevel.Warning,
        "error" => LogLevel.Error,
        _ => null,
    };

    /// <summary>Go's <c>time.Parse("2006-01-02T15:04:05.000000Z07:00", text)</c>.</summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (!TimestampShape().IsMatch(text))
        {
            return false;
        }

        var normalized = text.EndsWith('Z') ? string.Concat(text.AsSpan(0, text.Length - 1), "+00:00") : text;
        return DateTimeOffset.TryParseExact(normalized, "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out timestamp);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampShape();
}
