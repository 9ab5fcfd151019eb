using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>The runtime's own log lines.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 200, EventName = "AuthorCallFailed", Level = LogLevel.Error, Message = "{Connector} {Call} failed: {Error}")]
    public static partial void AuthorCallFailed(ILogger logger, string connector, string call, string error, Exception exception);

    [LoggerMessage(EventId = 201, EventName = "SourceExhausted", Level = LogLevel.Information, Message = "source has no more records for now; the stream stays open until Conduit stops it")]
    public static partial void SourceExhausted(ILogger logger);

    [LoggerMessage(EventId = 202, EventName = "StopRequested", Level = LogLevel.Debug, Message = "{Connector} stop requested")]
    public static partial void StopRequested(ILogger logger, string connector);

    [LoggerMessage(EventId = 203, EventName = "SourceStopped", Level = LogLevel.Information, Message = "source stopped reading; last position that will be sent: \"{LastPosition}\" ({Records} records sent in this run)")]
    public static partial void SourceStopped(ILogger logger, Position lastPosition, long records);

    [LoggerMessage(EventId = 204, EventName = "RunEnded", Level = LogLevel.Debug, Message = "{Connector} run stream ended: {Reason}")]
    public static partial void RunEnded(ILogger logger, string connector, string reason);

    [LoggerMessage(EventId = 205, EventName = "RunDrainTimedOut", Level = LogLevel.Warning, Message = "{Connector} run stream did not close within {Timeout}; forcing it closed so teardown can proceed (records not acknowledged yet will be read again after a restart)")]
    public static partial void RunDrainTimedOut(ILogger logger, string connector, TimeSpan timeout);

    [LoggerMessage(EventId = 206, EventName = "RecordsDroppedAfterStop", Level = LogLevel.Warning, Message = "source produced records after Stop reported its last position; they are not sent and will be read again after a restart")]
    public static partial void RecordsDroppedAfterStop(ILogger logger);

    [LoggerMessage(EventId = 207, EventName = "WriteFailed", Level = LogLevel.Error, Message = "destination write failed for {Failed} of {Total} records (first failed position \"{Position}\"): {Error}")]
    public static partial void WriteFailed(ILogger logger, int failed, int total, Position position, string error, Exception exception);

    [LoggerMessage(EventId = 208, EventName = "ForcedTeardown", Level = LogLevel.Warning, Message = "{Connector} is being torn down because the process is shutting down")]
    public static partial void ForcedTeardown(ILogger logger, string connector);
}
