using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>Maps between Microsoft.Extensions.Logging levels and the level names hclog (and Conduit) understand.</summary>
internal static class HclogLevels
{
    /// <summary>
    /// Parses <c>CONDUIT_CONNECTOR_LOG_LEVEL</c>. Empty, missing or unknown values mean <see cref="LogLevel.Trace"/>:
    /// Conduit filters the lines it receives by its own level, so sending everything loses nothing. (The Go SDK
    /// turns an empty value into "no logs at all"; that is a bug we do not copy.)
    /// </summary>
    public static LogLevel Parse(string? value)
    {
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Equals("trace", StringComparison.OrdinalIgnoreCase))
        {
            return LogLevel.Trace;
        }

        if (trimmed.Equals("debug", StringComparison.OrdinalIgnoreCase))
        {
            return LogLevel.Debug;
        }

        if (trimmed.Equals("info", StringComparison.OrdinalIgnoreCase))
        {
            return LogLevel.Information;
        }

        if (trimmed.Equals("warn", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("warning", StringComparison.OrdinalIgnoreCase))
        {
            return LogLevel.Warning;
        }

        // zerolog also knows fatal and panic; both mean "only the worst", which is error for us.
        if (trimmed.Equals("error", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("fatal", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("panic", StringComparison.OrdinalIgnoreCase))
        {
            return LogLevel.Error;
        }

        return LogLevel.Trace;
    }

    /// <summary>The hclog name of a level, as UTF-8; Critical has no hclog counterpart and becomes error.</summary>
    public static ReadOnlySpan<byte> Utf8Name(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace"u8,
        LogLevel.Debug => "debug"u8,
        LogLevel.Information => "info"u8,
        LogLevel.Warning => "warn"u8,
        _ => "error"u8,
    };
}
