using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>One stderr line of the connector, read as go-plugin reads an hclog JSON line.</summary>
public sealed class LogEntry
{
    internal LogEntry(string line, LogLevel level, string levelText, string message, DateTimeOffset? timestamp, IReadOnlyDictionary<string, JsonElement> fields)
    {
        Line = line;
        Level = level;
        LevelText = levelText;
        Message = message;
        Timestamp = timestamp;
        Fields = fields;
    }

    /// <summary>Gets the line as written.</summary>
    public string Line { get; }

    /// <summary>Gets the level (<c>trace</c> to <c>error</c>, mapped onto <see cref="LogLevel"/>).</summary>
    public LogLevel Level { get; }

    /// <summary>Gets the <c>@level</c> value as written.</summary>
    public string LevelText { get; }

    /// <summary>Gets <c>@message</c>, or an empty string when absent.</summary>
    public string Message { get; }

    /// <summary>Gets <c>@timestamp</c>, or <see langword="null"/> when absent.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>Gets every other key of the line; go-plugin turns these into structured fields.</summary>
    public IReadOnlyDictionary<string, JsonElement> Fields { get; }

    /// <summary>Returns the line.</summary>
    /// <returns>The line as written.</returns>
    public override string ToString() => Line;
}
