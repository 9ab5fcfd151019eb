using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>What the test connector logs for the end-to-end tests to read.</summary>
internal static partial class TestConnectorLog
{
    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "source paused after {Count} records")]
    public static partial void Paused(ILogger logger, int count);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "wrote {Record}")]
    public static partial void Wrote(ILogger logger, string record);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "formatted {Text}")]
    public static partial void Formatted(ILogger logger, string text);
}
